"""Annotation aid: correct captions in a browser with the flagged words highlighted.

``tldr annotate IN.jsonl -o OUT.jsonl`` starts a small web server (standard library
``http.server``, bound to 127.0.0.1 only, on a free port unless ``--port`` is given) and
prints its URL. Each caption is shown with its flagged words highlighted (a heat map
with per-token tooltips when token probabilities are given) above an editable text box;
"Accept" stores the (possibly edited) caption with the seconds spent on it and moves on.
The output file is rewritten after every acceptance, so nothing is lost on Ctrl-C.

Input (one JSON object per line):

* ``text`` (str, required): the caption.
* ``id`` (optional, any JSON value): copied to the output; default: the line number (0-based).
* the flags, one of:
  - ``offsets`` ([[start, end], ...] str character offsets of the tokens) and ``probs``
    ([P(good), ...]); tokens with P(good) < ``threshold`` (per record key ``threshold``,
    else the command's ``--threshold``, default 0.5) are flagged, widened to whole words
    (:func:`tldr.flag_spans`);
  - ``spans`` ([[start, end], ...] character spans to highlight);
  - neither: nothing is highlighted.

Output (one JSON object per accepted caption, in input order):
``{"id", "original", "text", "changed", "seconds", "flagged"}`` where ``seconds`` is the
time from the first display of the caption to its acceptance and ``flagged`` the
highlighted spans.

Captions are untrusted: every piece of text is HTML-escaped and pages are served with a
Content-Security-Policy that forbids scripts. Requests must carry the server's own
Host (``127.0.0.1:PORT``/``localhost:PORT``, against DNS rebinding) and form posts a
per-server secret token (against cross-site posts).
"""

import http.server
import json
import os
import secrets
import threading
import time
import urllib.parse

import numpy as np

from .._checks import check_int, check_threshold
from .._core import FileFormatError, InvalidInputError
from ..evaluate.flags import flag_spans
from .heatmap import heatmap
from .markup import escape

__all__ = ["load_records", "AnnotationServer"]

# Bytes of a form post: a caption of a few thousand characters, percent-encoded (up to
# 9 bytes per character), fits many times over; anything larger is not a caption.
MAX_BODY = 1 << 20

CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

PAGE_CSS = """
body { font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }
.cap { font-size: 1.1em; line-height: 1.8; padding: 0.6em 0.8em; border: 1px solid #ddd; border-radius: 6px;
  white-space: pre-wrap; background: #fafafa; }
mark.f { background: #ffd6d6; text-decoration: underline wavy #b00020; text-underline-offset: 3px; }
textarea { width: 100%; font: inherit; font-size: 1.05em; padding: 0.5em; box-sizing: border-box; }
button { font-size: 1em; padding: 0.4em 1.2em; margin-top: 0.6em; }
nav { margin: 1em 0; font-size: 0.9em; } nav a { margin-right: 1em; }
.meta { color: #666; font-size: 0.85em; }
"""


def _parse_spans(obj, text, where):
    if not isinstance(obj, list):
        raise FileFormatError(f"{where}: spans must be a list of [start, end] pairs")
    out = []
    for s in obj:
        if (not isinstance(s, list) or len(s) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in s)
                or not 0 <= s[0] <= s[1] <= len(text)):
            raise FileFormatError(f"{where}: bad span {s!r} for a text of length {len(text)}")
        if s[1] > s[0]:
            out.append((s[0], s[1]))
    return sorted(out)


def load_records(path, threshold=0.5):
    """Read and check an input JSONL file (see the module docstring). Returns a list of
    dicts with ``id``, ``text``, ``spans`` and, when given, ``offsets``/``probs``."""
    t_default = check_threshold(threshold)
    records = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{ln}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise FileFormatError(f"{where}: not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict):
                raise FileFormatError(f"{where}: expected a JSON object")
            text = obj.get("text")
            if not isinstance(text, str):
                raise FileFormatError(f"{where}: 'text' must be a string")
            try:
                json.dumps(obj, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                raise FileFormatError(f"{where}: a string holds a lone surrogate (not valid Unicode text)") from None
            rec = {"id": obj.get("id", len(records)), "text": text, "offsets": None, "probs": None}
            if "offsets" in obj or "probs" in obj:
                if "spans" in obj:
                    raise FileFormatError(f"{where}: give either offsets+probs or spans, not both")
                try:
                    off = np.asarray(obj.get("offsets"), dtype=np.int64).reshape(-1, 2)
                    pr = np.asarray(obj.get("probs"), dtype=np.float64)
                    t = check_threshold(obj.get("threshold", t_default))
                    fl = flag_spans(text, off, pr, t)
                except (InvalidInputError, TypeError, ValueError) as e:
                    raise FileFormatError(f"{where}: bad offsets/probs: {e}") from None
                rec["offsets"], rec["probs"], rec["threshold"] = off, pr, t
                rec["spans"] = [(sp.start, sp.end) for fs in fl for sp in fs.spans]
            else:
                rec["spans"] = _parse_spans(obj.get("spans", []), text, where)
            records.append(rec)
    return records


def _marked(text, spans):
    """Escaped text with the spans wrapped in <mark class="f">."""
    parts, cur = [], 0
    for a, b in spans:
        a = max(a, cur)
        if b <= a:
            continue
        parts.append(escape(text[cur:a]))
        parts.append(f'<mark class="f">{escape(text[a:b])}</mark>')
        cur = b
    parts.append(escape(text[cur:]))
    return "".join(parts)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False


class AnnotationServer:
    """The annotation web app over ``records`` (from :func:`load_records`), writing
    ``out_path``. Bound to 127.0.0.1 only. ``start()`` serves in a background thread;
    ``url`` is the address to open; ``shutdown()`` stops it; ``finished`` is set when the
    user presses "Finish" (or every caption is accepted and ``stop_when_done``)."""

    def __init__(self, records, out_path, port=0, *, stop_when_done=False, clock=time.monotonic):
        if not records:
            raise InvalidInputError("no captions to annotate")
        port = check_int(port, "port", 0, 65535)
        self.records = records
        self.out_path = os.fspath(out_path)
        self.token = secrets.token_urlsafe(24)
        self.results = [None] * len(records)
        self.first_shown = [None] * len(records)
        self.lock = threading.Lock()
        self.finished = threading.Event()
        self.stop_when_done = stop_when_done
        self.clock = clock
        self._thread = None
        self.httpd = _Server(("127.0.0.1", port), self._handler())
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"

    # ----------------------------------------------------------------- state
    def _next_open(self, after=-1):
        n = len(self.records)
        for k in list(range(after + 1, n)) + list(range(0, after + 1)):
            if self.results[k] is None:
                return k
        return None

    def _write(self):
        tmp = self.out_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for r in self.results:
                if r is not None:
                    line = json.dumps(r, ensure_ascii=False)
                    try:
                        line.encode("utf-8")
                    except UnicodeEncodeError:  # a lone surrogate: keep it as a \u escape
                        line = json.dumps(r)
                    f.write(line + "\n")
        os.replace(tmp, self.out_path)

    def accept(self, i, text):
        """Record caption ``i`` as corrected to ``text`` (also what a POST does)."""
        with self.lock:
            rec = self.records[i]
            now = self.clock()
            shown = self.first_shown[i] if self.first_shown[i] is not None else now
            self.results[i] = {
                "id": rec["id"],
                "original": rec["text"],
                "text": text,
                "changed": text != rec["text"],
                "seconds": round(max(0.0, now - shown), 3),
                "flagged": [list(s) for s in rec["spans"]],
            }
            self._write()
            done = all(r is not None for r in self.results)
        if done and self.stop_when_done:
            self.finished.set()

    # ----------------------------------------------------------------- pages
    def _page(self, title, body):
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{escape(title)}</title><style>{PAGE_CSS}</style></head>'
                f'<body>{body}</body></html>')

    def _item_page(self, i):
        rec = self.records[i]
        n = len(self.records)
        with self.lock:
            if self.first_shown[i] is None:
                self.first_shown[i] = self.clock()
            res = self.results[i]
            ndone = sum(r is not None for r in self.results)
        if rec["probs"] is not None:
            shown = heatmap(rec["text"], rec["offsets"], rec["probs"], threshold=rec["threshold"]).to_html()
        else:
            shown = _marked(rec["text"], rec["spans"])
        current = res["text"] if res is not None else rec["text"]
        nflag = len(rec["spans"])
        status = f"accepted ({res['seconds']:.1f} s)" if res is not None else "to do"
        nav = []
        if i > 0:
            nav.append(f'<a id="prev" href="/item/{i - 1}">&larr; previous</a>')
        if i + 1 < n:
            nav.append(f'<a id="next" href="/item/{i + 1}">next &rarr;</a>')
        nav.append('<a id="done" href="/done">finish</a>')
        body = (
            f'<h1>Caption {i + 1} of {n}</h1>'
            f'<p class="meta">id {escape(json.dumps(rec["id"], ensure_ascii=False))} &middot; '
            f'{nflag} flagged word(s) &middot; {status} &middot; {ndone}/{n} done</p>'
            f'<div id="caption" class="cap">{shown}</div>'
            f'<form method="post" action="/item/{i}">'
            f'<input type="hidden" name="token" value="{escape(self.token)}">'
            f'<p><label for="text">Corrected caption (edit only what is wrong):</label></p>'
            # The parser drops one newline right after <textarea>: give it one to drop.
            f'<textarea id="text" name="text" rows="8">\n{escape(current)}</textarea>'
            f'<button id="accept" type="submit" name="action" value="accept">Accept</button>'
            f'</form><nav>{"".join(nav)}</nav>'
        )
        return self._page(f"Caption {i + 1} of {n}", body)

    def _done_page(self):
        with self.lock:
            ndone = sum(r is not None for r in self.results)
            secs = [r["seconds"] for r in self.results if r is not None]
        n = len(self.records)
        todo = self._next_open()
        more = f'<p><a id="resume" href="/item/{todo}">continue with caption {todo + 1}</a></p>' if todo is not None else ""
        mean = f"; mean {sum(secs) / len(secs):.1f} s per caption" if secs else ""
        body = (
            f'<h1>{ndone} of {n} captions accepted</h1>'
            f'<p id="summary">Written to {escape(self.out_path)}{mean}.</p>{more}'
            f'<form method="post" action="/quit"><input type="hidden" name="token" value="{escape(self.token)}">'
            f'<button id="finish" type="submit">Finish and stop the server</button></form>'
        )
        return self._page("tldr annotate: summary", body)

    # ----------------------------------------------------------------- HTTP
    def _handler(self):
        app = self

        class Handler(http.server.BaseHTTPRequestHandler):
            server_version = "tldr-annotate"
            sys_version = ""

            def log_message(self, fmt, *args):  # keep the terminal quiet
                pass

            def _send(self, code, body="", ctype="text/html; charset=utf-8", location=None):
                data = body.encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Content-Security-Policy", CSP)
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header("Referrer-Policy", "no-referrer")
                self.send_header("Cache-Control", "no-store")
                if location:
                    self.send_header("Location", location)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _host_ok(self):
                host = self.headers.get("Host", "")
                return host in (f"127.0.0.1:{app.port}", f"localhost:{app.port}")

            def _item(self, path):
                parts = path.strip("/").split("/")
                if len(parts) == 2 and parts[0] == "item" and parts[1].isdigit():
                    i = int(parts[1])
                    if i < len(app.records):
                        return i
                return None

            def do_GET(self):
                if not self._host_ok():
                    return self._send(400, "bad Host header", "text/plain; charset=utf-8")
                path = urllib.parse.urlsplit(self.path).path
                if path == "/":
                    k = app._next_open()
                    return self._send(303, location=f"/item/{k}" if k is not None else "/done")
                if path == "/done":
                    return self._send(200, app._done_page())
                i = self._item(path)
                if i is None:
                    return self._send(404, "not found", "text/plain; charset=utf-8")
                return self._send(200, app._item_page(i))

            do_HEAD = do_GET

            def _form(self):
                try:
                    n = int(self.headers.get("Content-Length", "-1"))
                except ValueError:
                    n = -1
                if n < 0 or n > MAX_BODY:
                    # Drain a moderately oversized body (up to 8 MiB, in 64 KiB reads) so
                    # the client reads our 400 instead of a connection reset; a larger
                    # claim is not read at all (reading it would let a post hold the server).
                    left = n if 0 < n <= 8 * MAX_BODY else 0
                    while left > 0:
                        chunk = self.rfile.read(min(left, 65536))
                        if not chunk:
                            break
                        left -= len(chunk)
                    return None
                raw = self.rfile.read(n)
                try:
                    return urllib.parse.parse_qs(raw.decode("utf-8"), keep_blank_values=True,
                                                 strict_parsing=False)
                except UnicodeDecodeError:
                    return None

            def do_POST(self):
                if not self._host_ok():
                    return self._send(400, "bad Host header", "text/plain; charset=utf-8")
                form = self._form()
                if form is None:
                    return self._send(400, "bad or too large form", "text/plain; charset=utf-8")
                tok = form.get("token", [""])[0]
                if not secrets.compare_digest(tok, app.token):
                    return self._send(403, "bad token", "text/plain; charset=utf-8")
                path = urllib.parse.urlsplit(self.path).path
                if path == "/quit":
                    self._send(200, app._page("stopped", "<h1>Done. You can close this page.</h1>"))
                    app.finished.set()
                    return None
                i = self._item(path)
                if i is None:
                    return self._send(404, "not found", "text/plain; charset=utf-8")
                text = form.get("text", [None])[0]
                if text is None:
                    return self._send(400, "missing text", "text/plain; charset=utf-8")
                # Browsers send textarea line breaks as CRLF.
                app.accept(i, text.replace("\r\n", "\n"))
                k = app._next_open(i)
                return self._send(303, location=f"/item/{k}" if k is not None else "/done")

        return Handler

    # ----------------------------------------------------------------- lifecycle
    def start(self):
        """Serve in a daemon thread; returns self."""
        # The serving loop checks for shutdown() every 0.1 s: the longest a stop waits.
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="tldr-annotate", daemon=True)
        self._thread.start()
        return self

    def wait(self, timeout=None):
        """Block until the user finishes (True) or the timeout passes (False)."""
        return self.finished.wait(timeout)

    def shutdown(self):
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(10)  # a request in flight gets 10 s to finish writing
            self._thread = None
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.shutdown()
