"""The annotation server against hostile local clients, with raw sockets (issue 14,
item 7): every malformed request gets a 400 (never a traceback or a dropped
connection), idle and trickling clients are cut, concurrent connections are capped."""

import re
import socket
import threading
import time

import pytest

import tldr
from tldr.annotate import AnnotationServer

RECS = [{"id": k, "text": f"caption {k}", "spans": [], "offsets": None, "probs": None} for k in range(3)]


@pytest.fixture
def server(tmp_path):
    srv = AnnotationServer(RECS, tmp_path / "o.jsonl", timeout=1.0, deadline=3.0, max_connections=8)
    srv.start()
    yield srv
    srv.shutdown()


def _raw(srv, data: bytes, timeout=10.0, half_close=True):
    """Send raw bytes, read the whole answer; (status or None, answer bytes)."""
    with socket.create_connection(("127.0.0.1", srv.port), timeout=timeout) as s:
        try:
            s.sendall(data)
            if half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:  # the server answered and closed before all was sent
            pass
        chunks = []
        while True:
            try:
                b = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not b:
                break
            chunks.append(b)
    out = b"".join(chunks)
    m = re.match(rb"HTTP/1\.[01] (\d{3})", out)
    return (int(m.group(1)) if m else None), out


def _host(srv):
    return f"127.0.0.1:{srv.port}".encode()


def _token(srv):
    _, page = _raw(srv, b"GET /item/0 HTTP/1.0\r\nHost: " + _host(srv) + b"\r\n\r\n")
    return re.search(rb'name="token" value="([^"]+)"', page).group(1)


def _post(srv, path: bytes, body: bytes, extra=b"", length=None):
    n = str(len(body) if length is None else length).encode()
    return _raw(srv, b"POST " + path + b" HTTP/1.0\r\nHost: " + _host(srv) + b"\r\nContent-Type: "
                b"application/x-www-form-urlencoded\r\nContent-Length: " + n + b"\r\n" + extra + b"\r\n" + body)


def test_item_numbers_that_are_not_ascii_digits(server):
    """A raw "²" byte or 5,000 digits passed isdigit() and made int() raise: traceback,
    connection dropped with no answer."""
    h = _host(server)
    for target in [b"/item/\xb2", b"/item/" + b"9" * 5000, b"/item/\xd9\xa3", b"/item/1_0", b"/item/+1", b"/item/ 1",
                   b"/item/%C2%B2", b"/item/-1", b"/item/3", b"/item/0x1", b"/item/1e3"]:
        st, out = _raw(server, b"GET " + target + b" HTTP/1.0\r\nHost: " + h + b"\r\n\r\n")
        assert st in (400, 404), (target[:20], out[:80])
        tok = _token(server)
        st, _ = _post(server, target, b"token=" + tok + b"&text=x")
        assert st in (400, 404), target[:20]
    assert _raw(server, b"GET /item/2 HTTP/1.0\r\nHost: " + h + b"\r\n\r\n")[0] == 200


def test_host_header_rules(server):
    """With two Host headers only the first was checked."""
    h = _host(server)
    for hosts in [b"Host: " + h + b"\r\nHost: evil.example\r\n", b"Host: evil.example\r\nHost: " + h + b"\r\n", b"",
                  b"Host: " + h + b"\r\nHost: " + h + b"\r\n", b"Host: evil.example:" + str(server.port).encode()
                  + b"\r\n", b"Host: \xb2\r\n"]:
        st, out = _raw(server, b"GET /item/0 HTTP/1.0\r\n" + hosts + b"\r\n")
        assert st == 400 and b"Host" in out, hosts
    assert _raw(server, b"GET /item/0 HTTP/1.0\r\nHost: localhost:" + str(server.port).encode() + b"\r\n\r\n")[0] == 200


def test_malformed_bodies_and_lengths(server):
    tok = _token(server)
    body = b"token=" + tok + b"&text=new"
    for length in [b"\xb2", b"-1", b"1_0", b"+5", b"0x10", b"9" * 5000, b"", b"1e3", b"\xd9\xa3"]:
        st, out = _raw(server, b"POST /item/0 HTTP/1.0\r\nHost: " + _host(server) + b"\r\nContent-Length: " + length
                       + b"\r\n\r\n" + body)
        assert st == 400 and b"Content-Length" in out, length[:10]
    st, out = _post(server, b"/item/0", body, extra=b"Content-Length: 3\r\n")
    assert st == 400, "two Content-Length headers"
    st, out = _post(server, b"/item/0", body, extra=b"Transfer-Encoding: chunked\r\n")
    assert st == 400 and b"chunked" in out
    st, _ = _post(server, b"/item/0", b"token=" + tok + b"&text=%ff%fe")  # percent-decoded junk is replaced
    assert st == 303
    st, _ = _post(server, b"/item/0", b"token=\xc3\xa9&text=x")  # non-ASCII token: 403, not a traceback
    assert st == 403
    st, _ = _post(server, b"/item/0", b"\xff\xfe")
    assert st == 400
    st, _ = _post(server, b"/item/0", b"&".join([b"a=1"] * 100))
    assert st == 400
    assert _post(server, b"http://[::1/item/0", body)[0] == 400  # urlsplit raised ValueError
    assert _post(server, b"//[/x", body)[0] == 404  # http.server collapses the leading slashes first


def test_short_body_under_a_large_length(server):
    """The thread used to wait forever for the rest of the body."""
    tok = _token(server)
    t0 = time.monotonic()
    st, out = _post(server, b"/item/0", b"token=" + tok + b"&text=x", length=1000)
    assert st == 400 and b"shorter" in out
    assert time.monotonic() - t0 < 8
    # and with the connection left open (no half-close): answered after the timeout
    st, out = _raw(server, b"POST /item/0 HTTP/1.0\r\nHost: " + _host(server) + b"\r\nContent-Length: 1000\r\n\r\n"
                   + b"token=" + tok, half_close=False)
    assert st == 400


def test_idle_and_trickling_clients_are_cut(server):
    """300 half-sent requests held 300 threads."""
    idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(5)]
    for s in idle:
        s.sendall(b"GET /item/0 HTTP/1.0\r\nHo")
    trickle = socket.create_connection(("127.0.0.1", server.port))
    stop = threading.Event()

    def drip():
        try:
            for b in b"GET /item/0 HTTP/1.0\r\nX-Slow: " + b"a" * 1000:
                if stop.is_set():
                    return
                trickle.sendall(bytes([b]))
                time.sleep(0.5)
        except OSError:
            return

    t = threading.Thread(target=drip, daemon=True)
    t.start()
    time.sleep(server.deadline + 1.5)
    for s in idle + [trickle]:
        s.settimeout(2)
        try:
            assert s.recv(100) == b""  # closed by the server
        except (ConnectionResetError, BrokenPipeError):
            pass
        s.close()
    stop.set()
    t.join(5)
    with server.httpd._open_lock:
        assert len(server.httpd._open) == 0
    assert _raw(server, b"GET /item/0 HTTP/1.0\r\nHost: " + _host(server) + b"\r\n\r\n")[0] == 200


def test_connection_cap(server):
    """Beyond max_connections the server answers 503 at once and starts no thread."""
    held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(8)]
    try:
        time.sleep(0.3)
        threads = threading.active_count()
        st, out = _raw(server, b"GET /item/0 HTTP/1.0\r\nHost: " + _host(server) + b"\r\n\r\n", timeout=5)
        assert st == 503, (len(server.httpd._open), out[:80])
        assert threading.active_count() <= threads
    finally:
        for s in held:
            s.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if _raw(server, b"GET /item/0 HTTP/1.0\r\nHost: " + _host(server) + b"\r\n\r\n")[0] == 200:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the server did not recover after the connections closed")


def test_request_line_and_header_junk(server):
    """Whatever arrives, the answer is a 4xx (400; 414 or 431 from http.server for lines
    too long), a 505 for an HTTP version other than 1.x, or nothing for an empty
    connection; the server keeps serving."""
    h = _host(server)
    junk = [b"\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\nHost: " + h + b"\r\n\r\n", b"GET /\r\n\r\n",
            b"\x00\xff\xfe\r\n\r\n", b"GET /" + b"a" * 70000 + b" HTTP/1.0\r\n\r\n",
            b"GET / HTTP/1.0\r\n" + b"X: y\r\n" * 200 + b"\r\n", b"GET / HTTP/1.0\r\nX: " + b"y" * 70000 + b"\r\n\r\n",
            b"GET / HTTP/1.0\r\nHost\r\n\r\n", b"GET /item/0 HTTP/1.0\r\n Host: " + h + b"\r\n\r\n",
            b"POST /quit HTTP/1.0\r\nHost: " + h + b"\r\n\r\n"]
    for data in junk:
        st, out = _raw(server, data)
        assert st is None and not out or 400 <= st < 500 or st == 505, (data[:40], out[:60])
    assert _raw(server, b"GET /item/1 HTTP/1.0\r\nHost: " + h + b"\r\n\r\n")[0] == 200
    assert not server.finished.is_set()


def test_server_arguments(tmp_path):
    for kw in [dict(timeout=0), dict(deadline=-1), dict(max_connections=0), dict(timeout="1")]:
        with pytest.raises(tldr.InvalidInputError):
            AnnotationServer(RECS, tmp_path / "o.jsonl", **kw)


def test_input_file_limits(tmp_path):
    """load_records: a line longer than MAX_LINE, deep nesting, invalid UTF-8 -> FileFormatError."""
    from tldr.report import annotate

    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "a"}\n' + '{"text": "' + "b" * (annotate.MAX_LINE + 10) + '"}\n')
    with pytest.raises(tldr.FileFormatError, match=r":2: a line longer than 16,777,216"):
        annotate.load_records(p)
    p.write_text('{"text": "a", "id": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    with pytest.raises(tldr.FileFormatError, match="nested deeper"):
        annotate.load_records(p)
    p.write_bytes(b'{"text": "a"}\n{"text": "\xff"}\n')
    with pytest.raises(tldr.FileFormatError, match="not UTF-8"):
        annotate.load_records(p)
