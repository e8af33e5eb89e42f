"""The 8 categories of hard negatives (the TLDR paper's taxonomy), their order (the C
engine's category indices) and the checks of category arguments.

>>> check_categories("counting")
('counting',)
>>> balance_mask(("spatial", "ocr"))
65
"""

import numpy as np

from .._core import InvalidInputError

CATEGORIES = ("spatial", "attribute", "binding", "object", "counting", "small_object", "ocr", "counterfactual")


def category_index(name):
    """The index of a category name; an unknown name is an InvalidInputError."""
    if not isinstance(name, str) or name not in CATEGORIES:
        raise InvalidInputError(f"unknown category {name!r}; expected one of {', '.join(CATEGORIES)}")
    return CATEGORIES.index(name)


def check_categories(categories):
    """A tuple of distinct category names (in the order given) from None (all), one name or
    an iterable of names."""
    if categories is None:
        return CATEGORIES
    if isinstance(categories, str):
        categories = (categories,)
    out = []
    for c in categories:
        category_index(c)
        if c not in out:
            out.append(c)
    return tuple(out)


def check_balance(balance):
    """The balanced categories (in CATEGORIES order) from True (all), False (none) or the
    names of the categories to balance."""
    if isinstance(balance, (bool, np.bool_)):
        return CATEGORIES if balance else ()
    if isinstance(balance, str) or not hasattr(balance, "__iter__"):
        raise InvalidInputError(f"balance must be True, False or a list of category names, got {balance!r}")
    names = tuple(balance)
    for c in names:
        if not isinstance(c, str) or c not in CATEGORIES:
            raise InvalidInputError(f"balance: unknown category {c!r}; categories are {', '.join(CATEGORIES)}")
    return tuple(c for c in CATEGORIES if c in names)


def balance_mask(balanced):
    """The engine's bit mask of balanced category names (bit i: CATEGORIES[i])."""
    return sum(1 << CATEGORIES.index(c) for c in balanced)
