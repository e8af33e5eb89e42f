/* util/common.h: shared definitions of the C core (no Python.h here).
 *
 * Every core function returns a tldr_status; tldr_status_str() turns it into text.
 * The binding layer (py_*.c) maps statuses to Python exceptions.
 */
#ifndef TLDR_COMMON_H
#define TLDR_COMMON_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define TLDR_EXPORT __attribute__((visibility("default")))
#else
#define TLDR_EXPORT
#endif

typedef enum {
    TLDR_OK = 0,
    TLDR_ERR_NOMEM,       /* an allocation failed */
    TLDR_ERR_ARG,         /* an argument is out of range (caller bug or bad input) */
    TLDR_ERR_NONFINITE,   /* NaN or Inf met where a finite value is required */
    TLDR_ERR_THREAD,      /* a worker thread could not be started */
    TLDR_ERR_FORMAT,      /* malformed data (file contents, serialized state) */
    TLDR_ERR_UTF8,        /* invalid UTF-8 */
    TLDR_ERR_REGEX,       /* a regular expression failed to compile or match */
    TLDR_ERR_LIMIT,       /* an input exceeds a documented limit */
    TLDR_ERR_UNSUPPORTED  /* a feature is not implemented */
} tldr_status;

const char *tldr_status_str(tldr_status s);

/* Element types of hidden states. Half types are widened to float32 in registers. */
typedef enum { TLDR_F32 = 0, TLDR_F16 = 1, TLDR_BF16 = 2 } tldr_dtype;

static inline size_t tldr_dtype_size(tldr_dtype t) { return t == TLDR_F32 ? 4 : 2; }

/* Number of worker threads to use when the caller passes 0: TLDR_NUM_THREADS, else the
 * number of online CPUs. */
size_t tldr_default_threads(void);

/* Run fn(arg, t) for t in [0, nthreads) on nthreads threads (the caller's thread is t=0).
 * No pool is kept: threads are started per call, so nothing runs at import or after fork.
 * Returns TLDR_ERR_THREAD if a thread cannot be started (the work already started is
 * joined first). */
tldr_status tldr_parallel_run(size_t nthreads, void (*fn)(void *arg, size_t t), void *arg);

#endif
