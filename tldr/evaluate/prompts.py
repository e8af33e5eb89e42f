"""Prompt templates for writing hard negatives with your own LLM (TLDR's 8 categories),
and the check that discards invalid ones. Written from the method description in the
TLDR paper (Fu et al., ICLR 2025); fill ``{caption}`` (and ``{negative}``) with
``str.format``. Label LLM-written negatives with ``tldr.align_labels``.
"""

from .._checks import check_choice

_COMMON = (
    "Rewrite the image description below with one or two very small changes so that it no "
    "longer matches the image. {rule} The change must be visually different (never a synonym "
    "or a paraphrase), realistic and grammatical. Keep every other word, the punctuation and "
    "the formatting exactly as they are. If the description offers nothing of this kind to "
    "change, copy it unchanged.\n\nDescription: {{caption}}\nRewritten description:"
)

CATEGORY_RULES = {
    "spatial": "Change only a spatial relation between things into a contrary one (left and right, "
    "above and below, on and under, in front of and behind, inside and outside, near and far).",
    "attribute": "Change only one visual attribute of one object (colour, material, size, shape, "
    "pattern or state) into a different value of the same kind.",
    "binding": "Swap two attributes of the same kind between two different objects (for example "
    "the colours of two things), so each object gets the other's attribute.",
    "object": "Replace one object by a different object of the same general kind (a dog by a cat, "
    "a bench by a chair), fixing the article and number if needed.",
    "counting": "Change how many of something there are to a different, plausible number, and fix "
    "the noun and verb agreement. Never touch quoted text, times, dates, measurements or ratios.",
    "small_object": "Change only an object that the description calls small, tiny, distant or in the "
    "background into a different object of the same kind.",
    "ocr": "Change only written text that the description quotes or says is written, shown or "
    "displayed (a sign, a label, a clock time) into a different plausible text in the same style.",
    "counterfactual": "Negate one thing the description asserts, or state that something it "
    "mentions is absent (is holding -> is not holding, with a hat -> without a hat).",
}

TEMPLATES = {c: _COMMON.format(rule=r) for c, r in CATEGORY_RULES.items()}

VALIDITY_CHECK = (
    "You check synthetic negatives for a vision-language dataset. Below are an original image "
    "description and an edited version that was meant to make {category} error(s).\n"
    "Answer VALID only if all of these hold: the edit changes something visible in the image; "
    "it is not a paraphrase or synonym of the original; every change belongs to the category "
    "'{category}'; the edited text is fluent and realistic. Otherwise answer INVALID and say why "
    "in one short sentence.\n\nOriginal: {caption}\nEdited: {negative}\nAnswer:"
)


def format_prompt(category, caption):
    """The generation prompt of one category, filled with caption. An unknown category
    is an InvalidInputError."""
    check_choice(category, tuple(TEMPLATES), "category")
    return TEMPLATES[category].format(caption=caption)


def format_check(category, caption, negative):
    """The validity-check prompt for one (caption, negative) pair of a category."""
    check_choice(category, tuple(TEMPLATES), "category")
    return VALIDITY_CHECK.format(category=category, caption=caption, negative=negative)
