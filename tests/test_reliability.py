"""Thread and fork safety, the promises of docs/reliability.md that no other test file
holds: Python threads sharing one tokenizer, head and perturber give the serial results;
a process forked after the C code ran threads works in the child (no pool is kept, no
lock is left held)."""

import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    import os, sys, threading
    import numpy as np
    import tldr

    tok = tldr.Tokenizer.gpt2()
    clip = tldr.Tokenizer.clip()
    pert = tldr.Perturber(seed=3)
    head = tldr.TokenHead(64, seed=1)
    rng = np.random.default_rng(0)
    H = rng.standard_normal((3000, 64)).astype(np.float32)
    texts = [f"A photo of {k} red cats, two dogs & a b\\u00e9ar on the left of a bus." for k in range(400)]

    def work():
        a = tok.encode_batch(texts, num_threads=4)
        b = [clip.encode(t).ids.tolist() for t in texts[:50]]
        c = [[x.text for x in pert.perturb(t, n=3)] for t in texts[:50]]
        d = head.forward(H, num_threads=4)
        e = pert.perturb_batch(texts[:100], n=2, num_threads=3)[0]
        return a.ids.tolist(), a.offsets.tolist(), b, c, d.tolist(), list(e)

    serial = work()
    out = [None] * 8
    def run(i):
        out[i] = work()
    ts = [threading.Thread(target=run, args=(i,)) for i in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert all(o == serial for o in out), "threads changed a result"

    pid = os.fork()
    if pid == 0:  # the child: everything again, with threads, after the fork
        ok = work() == serial
        os._exit(0 if ok else 3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    print("ok")
    """
)


def test_threads_and_fork():
    r = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stdout + r.stderr
