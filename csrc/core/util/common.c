/* common.c: status strings, default thread count and a tiny fork-join helper. */
#define _GNU_SOURCE
#include "util/common.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

const char *tldr_status_str(tldr_status s)
{
    switch (s) {
    case TLDR_OK: return "ok";
    case TLDR_ERR_NOMEM: return "out of memory";
    case TLDR_ERR_ARG: return "invalid argument";
    case TLDR_ERR_NONFINITE: return "non-finite value (NaN or Inf)";
    case TLDR_ERR_THREAD: return "could not start a worker thread";
    case TLDR_ERR_FORMAT: return "malformed data";
    case TLDR_ERR_UTF8: return "invalid UTF-8";
    case TLDR_ERR_REGEX: return "regular expression error (a bad pattern, or a match that hit PCRE2's limits)";
    case TLDR_ERR_LIMIT: return "input exceeds a limit";
    case TLDR_ERR_UNSUPPORTED: return "not supported";
    }
    return "unknown status";
}

size_t tldr_default_threads(void)
{
    const char *env = getenv("TLDR_NUM_THREADS");
    if (env && *env) {
        char *end = NULL;
        long v = strtol(env, &end, 10);
        if (end && *end == '\0' && v > 0 && v <= 1024) return (size_t)v;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

typedef struct {
    void (*fn)(void *, size_t);
    void *arg;
    size_t t;
} job;

static void *trampoline(void *p)
{
    job *j = (job *)p;
    j->fn(j->arg, j->t);
    return NULL;
}

tldr_status tldr_parallel_run(size_t nthreads, void (*fn)(void *arg, size_t t), void *arg)
{
    if (nthreads <= 1) {
        fn(arg, 0);
        return TLDR_OK;
    }
    pthread_t *tid = malloc(nthreads * sizeof *tid);
    job *jobs = malloc(nthreads * sizeof *jobs);
    if (!tid || !jobs) {
        free(tid);
        free(jobs);
        return TLDR_ERR_NOMEM;
    }
    size_t started = 1;
    tldr_status st = TLDR_OK;
    for (size_t t = 1; t < nthreads; t++) {
        jobs[t] = (job){fn, arg, t};
        if (pthread_create(&tid[t], NULL, trampoline, &jobs[t]) != 0) {
            st = TLDR_ERR_THREAD;
            break;
        }
        started++;
    }
    /* The caller's thread does share 0 even when a later start failed, so the shares
     * of the threads that did start never wait on work nobody does; on failure the
     * caller discards the result. */
    fn(arg, 0);
    for (size_t t = 1; t < started; t++) pthread_join(tid[t], NULL);
    free(tid);
    free(jobs);
    return st;
}
