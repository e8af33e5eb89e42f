/* head/dispatch.c: which kernels the head runs on this CPU, and with which block size.
 *
 * Both are decided once per process, at the first call, from what the CPU reports
 * (CPUID through the compiler's __builtin_cpu_supports, which also checks that the OS
 * saves the wider registers; cache sizes through sysconf): never from the build machine,
 * so one portable build runs the widest path each CPU has.
 */
#define _GNU_SOURCE
#include "head/kernel.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { ISA_GENERIC = 0, ISA_AVX2 = 1, ISA_AVX512 = 2 } head_isa_id;

static const char *const isa_names[] = {"generic", "avx2", "avx512"};

typedef struct {
    int avx2, avx512, avx512bf16;
    char names[128]; /* the features, space-separated */
} cpu_features;

static void read_features(cpu_features *f)
{
    memset(f, 0, sizeof *f);
#if TLDR_HEAD_X86
    __builtin_cpu_init();
    int fma = __builtin_cpu_supports("fma"), f16c = 0;
    /* F16C (vcvtph2ps) is not among the names older compilers accept (GCC < 11, clang
     * < 16: clang 14 refuses "f16c"); every CPU with AVX2 and FMA has it (Haswell, Zen 1
     * and later). */
#if (defined(__clang__) && __clang_major__ >= 16) || (!defined(__clang__) && defined(__GNUC__) && __GNUC__ >= 11)
    f16c = __builtin_cpu_supports("f16c");
#else
    f16c = __builtin_cpu_supports("avx2") && fma;
#endif
    f->avx2 = __builtin_cpu_supports("avx2") && fma && f16c;
    f->avx512 = f->avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                __builtin_cpu_supports("avx512vl");
#if TLDR_HEAD_BF16_INSN
    f->avx512bf16 = f->avx512 && __builtin_cpu_supports("avx512bf16");
#endif
    const struct {
        int on;
        const char *name;
    } list[] = {{__builtin_cpu_supports("avx2"), "avx2"}, {fma, "fma"}, {f16c, "f16c"},
                {__builtin_cpu_supports("avx512f"), "avx512f"}, {__builtin_cpu_supports("avx512bw"), "avx512bw"},
                {__builtin_cpu_supports("avx512vl"), "avx512vl"}, {f->avx512bf16, "avx512bf16"}};
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++) {
        if (!list[i].on) continue;
        if (f->names[0]) strcat(f->names, " ");
        strcat(f->names, list[i].name);
    }
#endif
}

typedef struct {
    head_isa_id isa;
    cpu_features cpu;
    size_t l1d, l2;
    int fuse; /* TLDR_HEAD_FUSE: 0 or 1 forced, -1 by the cache rule */
} head_machine;

static head_machine machine;
static pthread_once_t machine_once = PTHREAD_ONCE_INIT;

static size_t cache_size(int name, size_t fallback)
{
    long v = sysconf(name);
    /* A data cache under 4 KiB or over 1 GiB is a misreport (or "unknown": 0 or -1). */
    return v >= 4096 && v <= (1L << 30) ? (size_t)v : fallback;
}

static void read_machine(void)
{
    read_features(&machine.cpu);
    head_isa_id best = machine.cpu.avx512 ? ISA_AVX512 : machine.cpu.avx2 ? ISA_AVX2 : ISA_GENERIC;
    machine.isa = best;
    const char *env = getenv("TLDR_ISA");
    for (int i = 0; env && i <= (int)ISA_AVX512; i++)
        if (strcmp(env, isa_names[i]) == 0 && (head_isa_id)i <= best) machine.isa = (head_isa_id)i;
    /* TLDR_HEAD_FUSE=0|1 forces the separate or the fused loss pass (tests compare them) */
    const char *fuse = getenv("TLDR_HEAD_FUSE");
    machine.fuse = fuse && (strcmp(fuse, "0") == 0 || strcmp(fuse, "1") == 0) ? fuse[0] - '0' : -1;
    /* Fallbacks when the C library cannot say: the smallest L1d and L2 of current x86
     * server cores (32 KiB, 1 MiB), so a block never outgrows the real cache. */
#ifdef _SC_LEVEL1_DCACHE_SIZE
    machine.l1d = cache_size(_SC_LEVEL1_DCACHE_SIZE, 32u << 10);
    machine.l2 = cache_size(_SC_LEVEL2_CACHE_SIZE, 1u << 20);
#else
    machine.l1d = 32u << 10;
    machine.l2 = 1u << 20;
#endif
}

static const head_machine *get_machine(void)
{
    pthread_once(&machine_once, read_machine);
    return &machine;
}

const char *tldr_head_isa(void) { return isa_names[get_machine()->isa]; }

const char *tldr_head_cpu_features(void) { return get_machine()->cpu.names; }

size_t tldr_head_l1d_bytes(void) { return get_machine()->l1d; }

size_t tldr_head_l2_bytes(void) { return get_machine()->l2; }

/* Rows per block: as many as fill half the L1 data cache (the other half holds the weight
 * columns, the accumulator tile and the stack), rounded down to whole groups of four rows
 * (the dots read four rows at a time), at least one group and at most
 * TLDR_HEAD_MAX_BLOCK. With D = 2048 float32 that is one group (32 KiB); with D = 4096 a
 * group outgrows L1 and is re-read from L2, still faster than blocks of two rows (8% on
 * the Intel Xeon measured, docs/performance.md). */
size_t tldr_head_block_rows(size_t row_bytes)
{
    size_t half = get_machine()->l1d / 2;
    size_t g = row_bytes ? half / row_bytes : TLDR_HEAD_MAX_BLOCK;
    g -= g % HEAD_DOT_ROWS;
    if (g < HEAD_DOT_ROWS) g = HEAD_DOT_ROWS;
    if (g > TLDR_HEAD_MAX_BLOCK) g = TLDR_HEAD_MAX_BLOCK;
    return g;
}

/* Rows the forward pass streams at once: four while four rows fit in two thirds of the L1
 * data cache, else two. Measured on the Intel Xeon (48 KiB L1d): at D = 2048 float32
 * (8 KiB rows) four streams are 5-9% faster than two; at D = 4096 and 8192 two are 4-7%
 * faster than four. The loss and backward passes keep four (their gradient pass re-reads
 * the block; two measured 4-8% slower there at D = 4096). */
size_t tldr_head_forward_streams(size_t row_bytes)
{
    return HEAD_DOT_ROWS * row_bytes <= get_machine()->l1d * 2 / 3 ? HEAD_DOT_ROWS : 2;
}

/* Whether the loss pass runs each block's dot products in one pass with the previous
 * block's gradient (head.c, block_rows_fused; on paths with dots_grad): when a group of
 * four rows outgrows the L1 data cache, the separate gradient pass re-reads it from L2
 * while memory waits. Measured on the Intel Xeon (48 KiB L1d, one thread, step / floor,
 * interleaved processes): D = 4096 float32 (64 KiB groups) 1.09-1.11 fused against
 * 1.16-1.17 separate; at D = 2048 (32 KiB float32, 16 KiB bfloat16 groups) the two are
 * within 2%, separate slightly ahead for bfloat16. */
int tldr_head_fuse_blocks(size_t row_bytes)
{
    const head_machine *m = get_machine();
    return m->fuse >= 0 ? m->fuse : HEAD_DOT_ROWS * row_bytes > m->l1d;
}

const head_kernels *tldr_head_kernels(tldr_dtype t)
{
    const head_machine *m = get_machine();
    switch (m->isa) {
#if TLDR_HEAD_X86
    case ISA_AVX512: return tldr_head_kernels_avx512(t, m->cpu.avx512bf16);
    case ISA_AVX2: return tldr_head_kernels_avx2(t);
#endif
    default: return tldr_head_kernels_generic(t);
    }
}
