/* regex.c: the PCRE2 wrapper (see regex.h). PCRE2 is linked statically with hidden
 * symbols (see setup.py), so these calls always bind to the copy we built against. */
#include "regex.h"
#include "util/vec.h"

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
         * 32 KiB default JIT stack for some patterns. The stack starts at 32 KiB and grows
         * on demand up to 8 MiB (a thread's default stack), which no pre-tokenizer
         * pattern has needed; a match that would need more is TLDR_ERR_LIMIT. */
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
    if (rc < 0) return TLDR_ERR_REGEX; /* mostly a limit: JIT stack, match, depth or heap */
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    *s = ov[0];
    *e = ov[1];
    return TLDR_OK;
}

tldr_status tldr_regex_find_all(const tldr_regex *re, const uint8_t *text, size_t len,
                                size_t **spans, size_t *count)
{
    *spans = NULL;
    *count = 0;
    if (!tldr_utf8_valid(text, len, NULL)) return TLDR_ERR_UTF8;
    tldr_regex_matcher *m = tldr_regex_matcher_new(re);
    if (!m) return TLDR_ERR_NOMEM;
    typedef struct {
        size_t s, e;
    } span;
    tldr_vec v = TLDR_VEC(span);
    tldr_status st = TLDR_OK;
    for (size_t pos = 0; pos <= len;) {
        span sp;
        if ((st = tldr_regex_next(m, text, len, pos, &sp.s, &sp.e)) != TLDR_OK) break;
        if (sp.s == SIZE_MAX) break;
        if ((st = tldr_vec_push(&v, &sp)) != TLDR_OK) break;
        pos = tldr_regex_resume(text, len, sp.s, sp.e);
    }
    tldr_regex_matcher_free(m);
    if (st != TLDR_OK) {
        tldr_vec_free(&v);
        return st;
    }
    *spans = v.p; /* (s, e) pairs: the 2n layout the header promises */
    *count = v.n;
    return TLDR_OK;
}
