"""HTML escaping for every page and fragment tldr writes (captions are untrusted)."""

import html

__all__ = ["escape"]


def escape(s):
    """``s`` HTML-escaped, quotes included (safe in text and in attribute values); lone
    surrogates (not encodable as UTF-8) become U+FFFD, so the page can be written."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return html.escape(s, quote=True)
