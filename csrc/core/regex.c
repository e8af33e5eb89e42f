/* regex.c: PCRE2 wrapper and UTF-8 offset helpers. PCRE2 is linked statically with hidden
 * symbols (see setup.py), so these calls always bind to the copy we built against. */
#include "regex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

struct tldr_regex {
    pcre2_code *code;
    int jit;
};

tldr_status tldr_regex_compile(tldr_regex **out, const char *pattern, size_t len,
                               uint32_t extra_flags, char *errbuf, size_t errlen)
{
    *out = NULL;
    int err = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF | PCRE2_UCP | extra_flags,
                                     &err, &erroff, NULL);
    if (!code) {
        if (errbuf && errlen) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(err, msg, sizeof msg);
            snprintf(errbuf, errlen, "%s at offset %zu", (const char *)msg, (size_t)erroff);
        }
        return TLDR_ERR_REGEX;
    }
    tldr_regex *re = malloc(sizeof *re);
    if (!re) {
        pcre2_code_free(code);
        return TLDR_ERR_NOMEM;
    }
    re->code = code;
    re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    *out = re;
    return TLDR_OK;
}

int tldr_regex_first_bytes(const tldr_regex *re, uint8_t bytes[32])
{
    uint32_t type = 0, unit = 0;
    const uint8_t *bitmap = NULL;
    memset(bytes, 0, 32);
    if (pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODETYPE, &type) != 0) return 0;
    if (type == 1 && pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit < 256) {
        bytes[unit / 8] |= (uint8_t)(1u << (unit % 8));
        if (unit < 128 && ((unit | 32) >= 'a' && (unit | 32) <= 'z')) { /* caseless: both cases */
            unsigned o = unit ^ 32;
            bytes[o / 8] |= (uint8_t)(1u << (o % 8));
        }
        return 1;
    }
    if (type == 0 && pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap) {
        memcpy(bytes, bitmap, 32);
        return 1;
    }
    return 0;
}

void tldr_regex_free(tldr_regex *re)
{
    if (!re) return;
    pcre2_code_free(re->code);
    free(re);
}

tldr_status tldr_regex_find_all(const tldr_regex *re, const uint8_t *text, size_t len,
                                size_t **spans, size_t *count)
{
    *spans = NULL;
    *count = 0;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re->code, NULL);
    if (!md) return TLDR_ERR_NOMEM;
    size_t cap = 64, n = 0;
    size_t *buf = malloc(cap * 2 * sizeof *buf);
    if (!buf) {
        pcre2_match_data_free(md);
        return TLDR_ERR_NOMEM;
    }
    tldr_status st = TLDR_OK;
    size_t pos = 0;
    uint32_t opts = 0;
    while (pos <= len) {
        int rc = pcre2_match(re->code, text, len, pos, opts, md, NULL);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) {
            st = (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) ? TLDR_ERR_UTF8
                                                                               : TLDR_ERR_REGEX;
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t s = ov[0], e = ov[1];
        if (n == cap) {
            size_t *nb = realloc(buf, cap * 4 * sizeof *buf);
            if (!nb) {
                st = TLDR_ERR_NOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        buf[2 * n] = s;
        buf[2 * n + 1] = e;
        n++;
        /* Only the first match validates the subject; later ones skip the check. */
        opts = PCRE2_NO_UTF_CHECK;
        if (e == s) {
            if (e >= len) break;
            /* advance one whole UTF-8 character */
            pos = e + 1;
            while (pos < len && (text[pos] & 0xC0) == 0x80) pos++;
        } else {
            pos = e;
        }
    }
    pcre2_match_data_free(md);
    if (st != TLDR_OK) {
        free(buf);
        return st;
    }
    *spans = buf;
    *count = n;
    return TLDR_OK;
}

struct tldr_regex_matcher {
    const tldr_regex *re;
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_jit_stack *js;
};

tldr_regex_matcher *tldr_regex_matcher_new(const tldr_regex *re)
{
    tldr_regex_matcher *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->re = re;
    m->md = pcre2_match_data_create_from_pattern(re->code, NULL);
    if (!m->md) goto fail;
    if (re->jit) {
        /* Long runs (a 1,000-character word, 100 MB without a space) need more than the
         * 32 KiB default JIT stack for some patterns. */
        m->mc = pcre2_match_context_create(NULL);
        m->js = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, NULL);
        if (!m->mc || !m->js) goto fail;
        pcre2_jit_stack_assign(m->mc, NULL, m->js);
    }
    return m;
fail:
    tldr_regex_matcher_free(m);
    return NULL;
}

void tldr_regex_matcher_free(tldr_regex_matcher *m)
{
    if (!m) return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mc);
    pcre2_jit_stack_free(m->js);
    free(m);
}

tldr_status tldr_regex_next(tldr_regex_matcher *m, const uint8_t *text, size_t len, size_t pos,
                            size_t *s, size_t *e)
{
    *s = *e = SIZE_MAX;
    if (pos > len) return TLDR_OK;
    int rc = pcre2_match(m->re->code, text, len, pos, PCRE2_NO_UTF_CHECK, m->md, m->mc);
    if (rc == PCRE2_ERROR_NOMATCH) return TLDR_OK;
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_MATCHLIMIT ||
        rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        return TLDR_ERR_LIMIT;
    if (rc < 0) return TLDR_ERR_REGEX;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    *s = ov[0];
    *e = ov[1];
    return TLDR_OK;
}
