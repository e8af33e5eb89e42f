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
Host (``127.0.0.1:PORT``/``localhost:PORT``, exactly one Host header, against DNS
rebinding) and form posts a per-server secret token (against cross-site posts).

Clients are not trusted either (docs/reliability.md): a malformed request (an item
number that is not 1 to 9 ASCII digits, a Content-Length that is not one plain number,
a body shorter than its Content-Length, a chunked body, two Host headers, a path that
does not parse) gets a 400 answer, never a traceback or a dropped connection; a client
idle for ``timeout`` seconds is disconnected, a request not complete within
``deadline`` seconds (one byte every few seconds) is cut, and at most
``max_connections`` connections are served at once (the next ones get a 503 at once,
without a thread).
"""

import http.server
import json
import os
import re
import secrets
import socket
import threading
import time
import urllib.parse

import numpy as np

from .._checks import check_float32, check_int, check_threshold
from .._core import FileFormatError, InvalidInputError
from ..evaluate.flags import flag_spans
from .heatmap import heatmap
from .markup import escape

__all__ = ["load_records", "AnnotationServer"]

# Characters of one input line (a caption record): a caption with its token offsets and
# probabilities takes a few KB; 16 Mi characters is no caption, and reading such a line
# whole would let one line of a file take gigabytes.
MAX_LINE = 1 << 24

# Bytes of a form post: a caption of a few thousand characters, percent-encoded (up to
# 9 bytes per character), fits many times over; anything larger is not a caption.
MAX_BODY = 1 << 20

# A client may stay silent this long between two reads or writes (a browser sends a
# request at once; an idle or half-sent one is dropped, freeing its thread).
TIMEOUT = 10.0
# ... and a request (its line, headers and body) must arrive whole within this long: a
# client trickling one byte every few seconds is cut too.
DEADLINE = 30.0
# Connections served at once: one person with a browser opens a handful; each holds a
# thread, so the cap bounds the threads a local client can make the server start.
MAX_CONNECTIONS = 32
# An item number: 1 to 9 ASCII digits (str.isdigit() also takes "²", which int() refuses,
# and 5,000 digits would only be compared to the number of records).
_ITEM = re.compile(r"[0-9]{1,9}")
_LENGTH = re.compile(r"[0-9]{1,9}")

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


def _lines(f, path):
    """The lines of a text file, each read with a cap (MAX_LINE characters) and invalid
    UTF-8 reported as FileFormatError."""
    ln = 0
    while True:
        ln += 1
        try:
            line = f.readline(MAX_LINE + 1)
        except UnicodeDecodeError as e:
            raise FileFormatError(f"{path}: not UTF-8 text (byte {e.start} of a read near line {ln})") from None
        if not line:
            return
        if len(line) > MAX_LINE and not line.endswith("\n"):
            raise FileFormatError(f"{path}:{ln}: a line longer than {MAX_LINE:,} characters is no caption record")
        yield line


def load_records(path, threshold=0.5):
    """Read and check an input JSONL file (see the module docstring). Returns a list of
    dicts with ``id``, ``text``, ``spans`` and, when given, ``offsets``/``probs``."""
    t_default = check_threshold(threshold)
    records = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(_lines(f, path), 1):
            if not line.strip():
                continue
            where = f"{path}:{ln}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise FileFormatError(f"{where}: not valid JSON ({e.msg})") from None
            except RecursionError:
                raise FileFormatError(f"{where}: JSON nested deeper than the interpreter's recursion limit") from None
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
    """A threading server that counts its connections: beyond ``max_connections`` a new
    one gets a 503 from the accepting thread and is closed; one older than ``deadline``
    is shut down by the serving loop (service_actions runs every poll interval)."""

    daemon_threads = True
    allow_reuse_address = False
    request_queue_size = 64  # listen backlog: connections waiting to be accepted (or refused)

    def __init__(self, address, handler, *, max_connections, deadline):
        self.max_connections = max_connections
        self.deadline = deadline
        self._open = {}  # socket -> monotonic time it was accepted
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request, client_address):
        with self._open_lock:
            full = len(self._open) >= self.max_connections
            if not full:
                self._open[request] = time.monotonic()
        if full:
            try:
                request.settimeout(1.0)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Content-Length: 17\r\nConnection: close\r\n\r\ntoo many requests")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.pop(request, None)

    def service_actions(self):
        now = time.monotonic()
        with self._open_lock:
            late = [r for r, t0 in self._open.items() if now - t0 > self.deadline]
        for r in late:
            try:
                r.shutdown(socket.SHUT_RDWR)  # the handler's read or write fails at once
            except OSError:
                pass

    def handle_error(self, request, client_address):
        pass  # a client that hangs up or times out is not an error of ours; nothing to print


class AnnotationServer:
    """The annotation web app over ``records`` (from :func:`load_records`), writing
    ``out_path``. Bound to 127.0.0.1 only. ``start()`` serves in a background thread;
    ``url`` is the address to open; ``shutdown()`` stops it; ``finished`` is set when the
    user presses "Finish" (or every caption is accepted and ``stop_when_done``)."""

    def __init__(self, records, out_path, port=0, *, stop_when_done=False, clock=time.monotonic,
                 timeout=TIMEOUT, deadline=DEADLINE, max_connections=MAX_CONNECTIONS):
        if not records:
            raise InvalidInputError("no captions to annotate")
        port = check_int(port, "port", 0, 65535)
        self.timeout = check_float32(timeout, "timeout", 0.0, low_open=True)
        self.deadline = check_float32(deadline, "deadline", 0.0, low_open=True)
        max_connections = check_int(max_connections, "max_connections", 1, 10_000)
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
        self.httpd = _Server(("127.0.0.1", port), self._handler(), max_connections=max_connections,
                             deadline=self.deadline)
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
            default_request_version = "HTTP/1.0"  # error answers carry a status line, even to junk
            sys_version = ""
            timeout = app.timeout  # every read and write of the socket (StreamRequestHandler)

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

            def _bad(self, why):
                self.close_connection = True
                return self._send(400, why, "text/plain; charset=utf-8")

            def _host_ok(self):
                hosts = self.headers.get_all("Host") or []
                return len(hosts) == 1 and hosts[0] in (f"127.0.0.1:{app.port}", f"localhost:{app.port}")

            def _path(self):
                """The path of the request target, None when it does not parse."""
                try:
                    return urllib.parse.urlsplit(self.path).path
                except ValueError:
                    return None

            def _item(self, path):
                parts = path.strip("/").split("/")
                if len(parts) == 2 and parts[0] == "item" and _ITEM.fullmatch(parts[1]):
                    i = int(parts[1])
                    if i < len(app.records):
                        return i
                return None

            def _safely(self, method):
                """Run a request method; an error of ours answers 500 instead of a dropped
                connection and a traceback (a client that went away gets nothing)."""
                try:
                    method()
                except (ConnectionError, TimeoutError, socket.timeout):
                    self.close_connection = True
                except Exception:  # noqa: BLE001 - the last line of defence of a request
                    self.close_connection = True
                    try:
                        self._send(500, "internal error", "text/plain; charset=utf-8")
                    except OSError:
                        pass

            def do_GET(self):
                self._safely(self._get)

            do_HEAD = do_GET

            def do_POST(self):
                self._safely(self._post)

            def _get(self):
                if not self._host_ok():
                    return self._bad("bad Host header")
                path = self._path()
                if path is None:
                    return self._bad("bad request target")
                if path == "/":
                    k = app._next_open()
                    return self._send(303, location=f"/item/{k}" if k is not None else "/done")
                if path == "/done":
                    return self._send(200, app._done_page())
                i = self._item(path)
                if i is None:
                    return self._send(404, "not found", "text/plain; charset=utf-8")
                return self._send(200, app._item_page(i))

            def _read_body(self, n):
                """n bytes of body, or None when the client sends fewer before the timeout
                (or hangs up)."""
                chunks, left = [], n
                while left > 0:
                    try:
                        chunk = self.rfile.read1(min(left, 65536))
                    except (TimeoutError, socket.timeout, ConnectionError):
                        return None
                    if not chunk:
                        return None
                    chunks.append(chunk)
                    left -= len(chunk)
                return b"".join(chunks)

            def _form(self):
                """(form dict, None) or (None, why it is refused)."""
                if self.headers.get_all("Transfer-Encoding"):
                    return None, "chunked bodies are not accepted: send a Content-Length"
                lengths = self.headers.get_all("Content-Length") or []
                if len(lengths) != 1 or not _LENGTH.fullmatch(lengths[0].strip(" \t")):
                    return None, "expected one Content-Length of ASCII digits"
                n = int(lengths[0])
                if n > MAX_BODY:
                    # Drain a moderately oversized body (up to 8 MiB, in 64 KiB reads) so
                    # the client reads our 400 instead of a connection reset; a larger
                    # claim is not read at all (reading it would let a post hold the server).
                    if n <= 8 * MAX_BODY:
                        self._read_body(n)
                    return None, "bad or too large form"
                raw = self._read_body(n)
                if raw is None:
                    return None, "the body is shorter than its Content-Length"
                try:
                    return urllib.parse.parse_qs(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                                                 max_num_fields=16), None
                except (UnicodeDecodeError, ValueError):
                    return None, "bad or too large form"

            def _post(self):
                if not self._host_ok():
                    return self._bad("bad Host header")
                form, why = self._form()
                if form is None:
                    return self._bad(why)
                tok = form.get("token", [""])[0]
                if not secrets.compare_digest(tok.encode("utf-8", "surrogatepass"), app.token.encode()):
                    return self._send(403, "bad token", "text/plain; charset=utf-8")
                path = self._path()
                if path is None:
                    return self._bad("bad request target")
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
