"""A dependency-free progress bar for long loops (training, data generation).

It writes to stderr at most ten times a second, and not at all when disabled. When
stderr is not a terminal it prints a plain line at 10% steps instead of redrawing.
"""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int, desc: str = "", enabled: bool = True, stream=None):
        self.total = max(int(total), 0)
        self.desc = desc
        self.enabled = enabled and self.total > 0
        self.stream = stream if stream is not None else sys.stderr
        self.n = 0
        self.t0 = time.perf_counter()
        self._last = 0.0
        self._last_decile = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.postfix = ""

    def update(self, k: int = 1, postfix: str | None = None) -> None:
        self.n += k
        if postfix is not None:
            self.postfix = postfix
        if not self.enabled:
            return
        now = time.perf_counter()
        if self._tty:
            if now - self._last >= 0.1 or self.n >= self.total:
                self._last = now
                self._draw(now, end="")
        else:
            decile = (10 * self.n) // self.total
            if decile != self._last_decile:
                self._last_decile = decile
                self._draw(now, end="\n")

    def _draw(self, now: float, end: str) -> None:
        frac = min(self.n / self.total, 1.0)
        width = 24
        filled = int(frac * width)
        elapsed = now - self.t0
        rate = self.n / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.n) / rate if rate > 0 else 0.0
        bar = "#" * filled + "." * (width - filled)
        line = (
            f"{self.desc} [{bar}] {self.n}/{self.total} "
            f"{elapsed:5.1f}s<{eta:5.1f}s {rate:8.1f}/s {self.postfix}"
        )
        prefix = "\r" if self._tty else ""
        self.stream.write(prefix + line + end)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._tty:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
