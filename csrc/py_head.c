#include "py_common.h"
int tldr_py_head_register(PyObject *m) { return 0; }
