/* utf8.c: validation and byte -> code point offset maps (see utf8.h). */
#include "util/utf8.h"

int tldr_utf8_valid(const uint8_t *s, size_t len, size_t *bad)
{
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        size_t n;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4;
            cp = c & 0x07;
        } else {
            goto fail;
        }
        if (i + n > len) goto fail;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) goto fail;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto fail;
        i += n;
    }
    return 1;
fail:
    if (bad) *bad = i;
    return 0;
}

/* A cursor counts character starts up to a byte position; it moves forward from where
 * it last stopped and restarts from 0 when asked for an earlier position. */
typedef struct {
    size_t pos, chars;
} cursor;

static size_t cursor_count(cursor *c, const uint8_t *t, size_t target)
{
    if (target < c->pos) {
        c->pos = 0;
        c->chars = 0;
    }
    size_t p = c->pos, ch = c->chars;
    for (; p < target; p++) ch += (t[p] & 0xC0) != 0x80;
    c->pos = p;
    c->chars = ch;
    return ch;
}

void tldr_utf8_spans_to_chars(size_t *sp, size_t n, const uint8_t *t, size_t len)
{
    cursor cs = {0, 0}, ce = {0, 0};
    for (size_t i = 0; i < n; i++) {
        size_t s = sp[2 * i], e = sp[2 * i + 1];
        if (s > len) s = len;
        if (e > len) e = len;
        size_t cs_idx = s < len ? cursor_count(&cs, t, s + 1) - 1 : cursor_count(&cs, t, len);
        size_t ce_idx = e > s ? cursor_count(&ce, t, e) : cs_idx;
        sp[2 * i] = cs_idx;
        sp[2 * i + 1] = ce_idx;
    }
}

void tldr_utf8_char_index(size_t *out, const uint8_t *text, size_t len)
{
    size_t chars = 0;
    for (size_t i = 0; i < len; i++) {
        if ((text[i] & 0xC0) != 0x80) {
            out[i] = chars++;
        } else {
            out[i] = chars ? chars - 1 : 0;
        }
    }
    out[len] = chars;
}
