/* regex.h: PCRE2 behind a small interface. Patterns are compiled once with UTF + UCP and
 * JIT'ed; the compiled code is immutable and shared across threads; match data (and a
 * JIT stack) live in a per-thread matcher. Offsets are byte offsets into UTF-8 text. */
#ifndef TLDR_REGEX_H
#define TLDR_REGEX_H

#include "util/common.h"
#include "util/utf8.h"

typedef struct tldr_regex tldr_regex;

/* Compile pattern (UTF-8, len bytes) with PCRE2_UTF | PCRE2_UCP | extra_flags (PCRE2
 * option bits) and JIT it when the library supports JIT. On error, writes a message
 * ("... at offset N") into errbuf. */
tldr_status tldr_regex_compile(tldr_regex **out, const char *pattern, size_t len,
                               uint32_t extra_flags, char *errbuf, size_t errlen);
void tldr_regex_free(tldr_regex *re);

/* The bytes any match of re can start with, as a 256-bit set (bit b of bytes[b / 8]),
 * when PCRE2 knows them (a fixed first code unit or its start bitmap): 1, else 0 (a match
 * may start anywhere, or be empty). A text holding none of them has no match. */
int tldr_regex_first_bytes(const tldr_regex *re, uint8_t bytes[32]);

/* A reusable matcher: match data and a JIT stack for one thread, so that iterating
 * over matches allocates nothing per call. */
typedef struct tldr_regex_matcher tldr_regex_matcher;
tldr_regex_matcher *tldr_regex_matcher_new(const tldr_regex *re);
void tldr_regex_matcher_free(tldr_regex_matcher *m);

/* First match in text[pos:len) (text must be valid UTF-8; it is not re-checked).
 * Returns TLDR_OK with *s and *e set, or TLDR_OK with *s = *e = SIZE_MAX when there is no
 * match, TLDR_ERR_REGEX when the match failed: PCRE2 hit one of its limits (the JIT
 * stack, the match limit of 10^7 backtracking steps, depth, heap: a pattern that
 * backtracks catastrophically on this text) or another error. TLDR_ERR_LIMIT is left to
 * the callers' own limits (text length, output size), so the two are never confused.
 * An empty match is reported as such: the caller resumes with tldr_regex_resume. */
tldr_status tldr_regex_next(tldr_regex_matcher *m, const uint8_t *text, size_t len, size_t pos,
                            size_t *s, size_t *e);

/* Where a scan resumes after the match [s, e): at e, or one character further after an
 * empty match (so the scan always advances); len + 1 after an empty match at the end. */
static inline size_t tldr_regex_resume(const uint8_t *text, size_t len, size_t s, size_t e)
{
    if (e > s) return e;
    return e >= len ? len + 1 : e + tldr_utf8_seq_len(text[e]);
}

/* Every non-overlapping match of re in text[0:len) as byte spans: (*spans)[2i] = start,
 * (*spans)[2i+1] = end, in increasing order; empty matches included. *spans is malloc'ed
 * (free() it); *count = number of matches. Invalid UTF-8 is TLDR_ERR_UTF8; other errors
 * as tldr_regex_next. */
tldr_status tldr_regex_find_all(const tldr_regex *re, const uint8_t *text, size_t len,
                                size_t **spans, size_t *count);

#endif
