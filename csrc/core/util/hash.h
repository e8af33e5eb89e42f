/* hash.h: the core's integer mixers and byte-string hashes, each under its own name.
 *
 * Two different 64-bit finalizers are in use and must not be confused:
 *  - tldr_splitmix64: SplitMix64's output function (with its golden-ratio increment). It
 *    drives the perturbation engine's counter-based random draws, so its exact bits are
 *    part of the engine's output (the Python twin computes the same values).
 *  - tldr_fmix64: MurmurHash3's finalizer, for hash-table slots (any good mixer would do).
 */
#ifndef TLDR_HASH_H
#define TLDR_HASH_H

#include <stdint.h>
#include <string.h>

static inline uint64_t tldr_splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

static inline uint64_t tldr_fmix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* FNV-1a over bytes: slow but simple and stable; the perturbation engine keys its random
 * draws on it (so the twin can compute the same key). */
static inline uint64_t tldr_fnv1a64(const uint8_t *s, size_t n)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001B3ULL;
    return h;
}

/* A fast hash of a byte string for hash tables (8 bytes per step, then fmix64). Not
 * stable across versions: never store it or derive output from it. */
static inline uint64_t tldr_hash_bytes(const uint8_t *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0x100000001B3ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x100000001B3ULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++) w |= (uint64_t)s[i] << (8 * i);
    h = (h ^ w) * 0x100000001B3ULL;
    return tldr_fmix64(h);
}

#endif
