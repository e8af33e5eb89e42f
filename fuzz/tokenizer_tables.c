/* fuzz/tokenizer_tables.c: tldr_bpe_create on arbitrary tables, then encode, pretokenize,
 * batch and decode with what it accepts. What a tokenizer file's parser hands to the C
 * engine (tokenizer.json, tiktoken ranks, vocab.json + merges.txt, CLIP's merges,
 * vocab.txt all become these tables) comes from the input here, so every table check of
 * tokenize/vocab.c meets duplicates, ids out of range, merges of unknown tokens, empty
 * tokens, added tokens that overlap, odd configs.
 *
 * Input, in order: a config byte (kind, flags), 0-63 tokens (length 0-8, id 16 bits, or
 * any 32 bits one time in 16), merges as id pairs or as text or none (tiktoken), 0-3 added
 * tokens, a pre-tokenizer pattern (one of the real ones, a pattern from the input, or none),
 * the rest is the text.
 * Properties: create either succeeds or reports FORMAT/ARG with a message; with a
 * tokenizer, encode either succeeds or fails cleanly (UTF8 on invalid text, ARG on a
 * forbidden added token, REGEX on a pattern's match limit), every span lies inside the
 * text with non-decreasing starts, every id decodes, pretokenize's pieces are increasing
 * and every token lies inside one piece, and a batch gives the ids of single encodes.
 */
#include "tokenize_checks.h"

static const char *const PATTERNS[] = {
    /* GPT-2, cl100k (after \s -> White_Space as tldr/tokenize/pattern.py spells it), BERT, CLIP */
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\p{White_Space}\\p{L}\\p{N}]+|\\p{White_Space}+(?!\\P{White_Space})"
    "|\\p{White_Space}+",
    "'(?i:[sdmt]|ll|ve|re)|[^\\r\\n\\p{L}\\p{N}]?+\\p{L}++|\\p{N}{1,3}+| ?[^\\p{White_Space}\\p{L}\\p{N}]++[\\r\\n]*+"
    "|\\p{White_Space}++$|\\p{White_Space}*[\\r\\n]|\\p{White_Space}+(?!\\P{White_Space})|\\p{White_Space}",
    "[^\\p{White_Space}!-/:-@\\[-`{-~\\p{P}]+|[!-/:-@\\[-`{-~\\p{P}]",
    "(?i)<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\p{White_Space}\\p{L}\\p{N}]+",
    "",
};

/* string i of a table: up to max bytes of the input appended to blob, its end in offs */
static void push_string(reader *r, size_t max, uint8_t *blob, size_t *pos, size_t *offs, size_t i)
{
    size_t l;
    const uint8_t *t = take_bytes(r, max, &l);
    memcpy(blob + *pos, t, l);
    *pos += l;
    offs[i + 1] = *pos;
}

static void exercise(const tldr_bpe *bpe, const uint8_t *text, size_t len, const uint8_t *modes, int batch)
{
    tldr_bpe_scratch *s = tldr_bpe_scratch_new(bpe);
    CHECK(s);
    tldr_bpe_out o = {0}, p = {0};
    tldr_bpe_error err = {0};
    tldr_status st = tldr_bpe_encode(bpe, s, text, len, modes, &o, &err);
    int valid = tldr_utf8_valid(text, len, NULL);
    CHECK(st == TLDR_OK || (st == TLDR_ERR_UTF8 && !valid) || st == TLDR_ERR_ARG || st == TLDR_ERR_REGEX ||
          st == TLDR_ERR_FORMAT);
    if (st == TLDR_OK) {
        CHECK(valid);
        check_spans(&o, len);
        free(check_decode(bpe, &o, NULL));
        if (tldr_bpe_pretokenize(bpe, s, text, len, modes, &p, &err) == TLDR_OK) check_pieces(&o, &p, len);
    }
    if (batch && st == TLDR_OK) check_batch(bpe, text, len, modes, &o);
    tldr_bpe_out_free(&o);
    tldr_bpe_out_free(&p);
    tldr_bpe_scratch_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    uint8_t c = take_u8(&r);
    tldr_bpe_config cfg = {
        .kind = (tldr_bpe_kind)(c % 3),
        .ignore_merges = (c >> 2) & 1,
        .byte_fallback = (c >> 3) & 1,
        .prepend = (tldr_bpe_prepend)((c >> 4) & 3),
        .split_spaces = (c >> 6) & 1,
        .replace_space = (c >> 7) & 1,
        .keep_gaps = 1,
        .unk_id = -1,
        .max_word_chars = 1 + take_u8(&r) % 40,
    };
    uint8_t c2 = take_u8(&r);
    cfg.keep_gaps = c2 & 1;
    cfg.fuse_unk = (c2 >> 1) & 1;
    if ((c2 >> 2) & 1) cfg.suffix = (const uint8_t *)"</w>", cfg.suffix_len = 4;
    if ((c2 >> 3) & 1) cfg.prefix = (const uint8_t *)"##", cfg.prefix_len = 2;

    /* tokens */
    size_t ntok = take_u8(&r) % 64;
    uint8_t blob[64 * 8];
    size_t offs[65], pos = 0;
    int32_t ids[64];
    offs[0] = 0;
    for (size_t i = 0; i < ntok; i++) {
        push_string(&r, 8, blob, &pos, offs, i);
        uint8_t how = take_u8(&r);
        ids[i] = (how & 15) == 15 ? (int32_t)take_u32(&r) : (int32_t)((how >> 4) | (take_u8(&r) << 4)) % 300;
    }
    if (ntok && (c2 >> 4) & 1) cfg.unk_id = ids[take_u8(&r) % ntok];
    int32_t byte_ids[256];
    if ((c2 >> 5) & 1) {
        for (int b = 0; b < 256; b++) byte_ids[b] = ntok ? ids[b % ntok] : -1;
        cfg.byte_ids = byte_ids;
    }
    tldr_bpe_tables t = {{blob, offs, ntok}, ids};

    /* merges: id pairs, text, or none (the tiktoken rule) */
    uint8_t mk = take_u8(&r) % 3;
    int32_t mpairs[2 * 32];
    uint8_t mblob[32 * 17];
    size_t moffs[33], mseps[33], mpos = 0;
    size_t nm = take_u8(&r) % 32;
    moffs[0] = 0;
    for (size_t i = 0; i < nm; i++) {
        if (mk == 0) {
            mpairs[2 * i] = ntok ? ids[take_u8(&r) % ntok] : 0;
            mpairs[2 * i + 1] = ntok ? ids[take_u8(&r) % ntok] : 0;
        } else if (mk == 1) {
            size_t l1, l2;
            const uint8_t *x = take_bytes(&r, 8, &l1), *y = take_bytes(&r, 8, &l2);
            memcpy(mblob + mpos, x, l1);
            mblob[mpos + l1] = ' ';
            memcpy(mblob + mpos + l1 + 1, y, l2);
            mseps[i] = take_u8(&r) % 16 == 0 ? SIZE_MAX : l1;
            mpos += l1 + 1 + l2;
            moffs[i + 1] = mpos;
        }
    }
    if (mk == 0) t.merges = mpairs, t.n_merges = nm;
    if (mk == 1) t.merge_text = (tldr_bpe_strings){mblob, moffs, nm}, t.merge_seps = mseps;

    /* added tokens */
    size_t nadd = take_u8(&r) % 4;
    uint8_t ablob[3 * 12];
    size_t aoffs[4], apos = 0;
    int32_t aids[3];
    uint8_t modes[3];
    aoffs[0] = 0;
    for (size_t i = 0; i < nadd; i++) {
        push_string(&r, 12, ablob, &apos, aoffs, i);
        aids[i] = 250 + (int32_t)(take_u8(&r) % 70);
        modes[i] = take_u8(&r) % 3;
    }
    if (nadd) t.added = (tldr_bpe_strings){ablob, aoffs, nadd}, t.added_ids = aids;

    /* the pattern */
    uint8_t pk = take_u8(&r) % 8;
    tldr_regex *re = NULL;
    char err[256];
    if (pk < 4) {
        CHECK(tldr_regex_compile(&re, PATTERNS[pk], strlen(PATTERNS[pk]), 0x10u, err, sizeof err) == TLDR_OK);
    } else if (pk < 6) {
        size_t l;
        const uint8_t *p = take_bytes(&r, 24, &l);
        if (tldr_utf8_valid(p, l, NULL) && tldr_regex_compile(&re, (const char *)p, l, 0x10u, err, sizeof err))
            re = NULL;
    }
    size_t len;
    const uint8_t *text = take_rest(&r, &len);
    tldr_bpe *bpe = NULL;
    err[0] = 0;
    tldr_status st = tldr_bpe_create(&bpe, &cfg, &t, re, err, sizeof err);
    CHECK(st == TLDR_OK || st == TLDR_ERR_FORMAT || st == TLDR_ERR_ARG || st == TLDR_ERR_NOMEM ||
          st == TLDR_ERR_UNSUPPORTED);
    if (st == TLDR_ERR_FORMAT || st == TLDR_ERR_ARG) CHECK(err[0] != 0); /* says what is wrong */
    if (st == TLDR_OK) {
        CHECK(tldr_bpe_vocab_size(bpe) <= TLDR_BPE_MAX_ID);
        exercise(bpe, text, len, nadd ? modes : NULL, (c2 >> 6) & 1);
        tldr_bpe_free(bpe);
    }
    return 0;
}
