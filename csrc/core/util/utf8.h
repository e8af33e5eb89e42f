/* utf8.h: the one UTF-8 toolkit of the core (validation, decoding, byte -> code point
 * offsets). Text is UTF-8 bytes inside the core; Python sees str (code point) offsets,
 * converted once at the edge by tldr_utf8_spans_to_chars. */
#ifndef TLDR_UTF8_H
#define TLDR_UTF8_H

#include "util/common.h"

/* Length in bytes of the sequence a lead byte starts (1 for ASCII and for a stray
 * continuation byte, so a scan over valid text never stalls). */
static inline size_t tldr_utf8_seq_len(uint8_t c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Code point of the sequence at t[i] (valid UTF-8 expected; a sequence cut by len is
 * decoded from the bytes that are there); *nb = its length in bytes. */
static inline uint32_t tldr_utf8_decode(const uint8_t *t, size_t len, size_t i, size_t *nb)
{
    uint8_t c = t[i];
    if (c < 0x80) {
        *nb = 1;
        return c;
    }
    size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + n > len) n = len - i;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (t[i + k] & 0x3F);
    *nb = n;
    return cp;
}

/* 1 when text[0:len) is valid UTF-8 (no surrogates, no overlongs, at most U+10FFFF),
 * else 0 and *bad (when not NULL) = offset of the first bad byte. */
int tldr_utf8_valid(const uint8_t *text, size_t len, size_t *bad);

/* Turn n byte spans (sp[2i] = start, sp[2i+1] = end, into valid UTF-8 text[0:len)) into
 * code point offsets, in place. A start inside a multi-byte character maps to that
 * character, an end inside one rounds up past it, so a span covering part of a character
 * covers all of it. Linear in len for spans whose starts (and ends) do not decrease;
 * correct, but slower, for any order. */
void tldr_utf8_spans_to_chars(size_t *sp, size_t n, const uint8_t *text, size_t len);

/* Byte -> code point table: out[i] = index of the character byte i belongs to, for i in
 * [0, len); out[len] = number of characters. Needs len + 1 entries. */
void tldr_utf8_char_index(size_t *out, const uint8_t *text, size_t len);

#endif
