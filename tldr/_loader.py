"""Import of the C extension.

The system OpenBLAS we link is the pthread build, whose load-time constructor starts a
thread pool sized by OPENBLAS_NUM_THREADS. tldr runs BLAS only inside its own worker
threads, single-threaded, and starts no thread at import (fork safety), so the variable
is set to 1 for the duration of the import only and then restored. NumPy is imported
first: its own, separate BLAS copy has already read the environment and is not affected.
"""

import os

import numpy  # noqa: F401  (load NumPy's BLAS before the variable is touched)


def load_core():
    saved = os.environ.get("OPENBLAS_NUM_THREADS")
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        from . import _core
    finally:
        if saved is None:
            del os.environ["OPENBLAS_NUM_THREADS"]
        else:
            os.environ["OPENBLAS_NUM_THREADS"] = saved
    return _core
