"""Annotation aid: input checks, HTTP behaviour, the CLI, and a real headless Chromium."""

import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

import tldr
from tldr.annotate import AnnotationServer, load_records

EVIL = 'Four ducks <script>document.title="pwned"</script> <img src=x onerror=alert(1)> swim.'


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def records_file(tmp_path):
    return write_jsonl(tmp_path / "in.jsonl", [
        {"id": "evil", "text": EVIL, "spans": [[0, 4]]},
        {"text": "A red car.", "offsets": [[0, 1], [1, 5], [5, 9], [9, 10]], "probs": [0.9, 0.2, 0.9, 0.9]},
        {"id": 7, "text": "\nLeading newline & tab\t."},
    ])


def test_load_records(records_file):
    recs = load_records(records_file)
    assert [r["id"] for r in recs] == ["evil", 1, 7]
    assert recs[0]["spans"] == [(0, 4)]
    assert recs[1]["spans"] == [(2, 5)]  # " red" flagged, trimmed to "red"
    assert recs[2]["spans"] == []
    # a stricter threshold flags nothing on record 1
    assert load_records(records_file, threshold=0.1)[1]["spans"] == []


@pytest.mark.parametrize("line, msg", [
    ("not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"text": 3}', "'text' must be a string"),
    ('{"text": "ab", "spans": [[0, 9]]}', "bad span"),
    ('{"text": "ab", "spans": [[1, 0]]}', "bad span"),
    ('{"text": "ab", "offsets": [[0, 2]], "probs": [0.1, 0.2]}', "bad offsets/probs"),
    ('{"text": "ab", "offsets": [[0, 2]], "probs": [NaN]}', "bad offsets/probs"),
    ('{"text": "ab", "offsets": [[0, 2]], "probs": [0.1], "spans": []}', "not both"),
])
def test_load_records_errors(tmp_path, line, msg):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(tldr.FileFormatError, match=msg) as e:
        load_records(p)
    assert ":2:" in str(e.value)


class FakeClock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def get(url, host=None):
    u = urllib.parse.urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        c.request("GET", u.path, headers={"Host": host} if host else {})
        r = c.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode("utf-8")
    finally:
        c.close()


def post(url, fields, host=None):
    u = urllib.parse.urlsplit(url)
    body = urllib.parse.urlencode(fields).encode()
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    try:
        h = {"Content-Type": "application/x-www-form-urlencoded"}
        if host:
            h["Host"] = host
        c.request("POST", u.path, body=body, headers=h)
        r = c.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode("utf-8")
    finally:
        c.close()


def token_of(page):
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def test_server_http_flow(records_file, tmp_path):
    out = tmp_path / "out.jsonl"
    clock = FakeClock()
    with AnnotationServer(load_records(records_file), out, clock=clock) as srv:
        assert srv.httpd.server_address[0] == "127.0.0.1"
        base = srv.url
        st, h, _ = get(base)
        assert st == 303 and h["Location"] == "/item/0"
        st, h, page = get(base + "item/0")
        assert st == 200 and "script-src" not in h["Content-Security-Policy"]
        assert h["Content-Security-Policy"].startswith("default-src 'none'")
        # untrusted text is escaped everywhere: no live tag from the caption
        assert "<script" not in page and "<img" not in page
        assert "&lt;script&gt;" in page and '<mark class="f">Four</mark>' in page
        tok = token_of(page)
        # protections: wrong token, wrong Host, unknown item, too large
        assert post(base + "item/0", {"token": "nope", "text": "x"})[0] == 403
        assert get(base + "item/0", host="evil.example:80")[0] == 400
        assert post(base + "item/0", {"token": tok, "text": "x"}, host="evil.example")[0] == 400
        assert get(base + "item/99")[0] == 404
        assert get(base + "etc/passwd")[0] == 404
        assert not out.exists()
        # accept caption 0 after 12.5 s, edited (CRLF from the browser becomes LF)
        clock.t += 12.5
        st, h, _ = post(base + "item/0", {"token": tok, "text": "Two ducks\r\nswim.", "action": "accept"})
        assert st == 303 and h["Location"] == "/item/1"
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert rows == [{"id": "evil", "original": EVIL, "text": "Two ducks\nswim.", "changed": True,
                         "seconds": 12.5, "flagged": [[0, 4]]}]
        # caption 1: heat map with tooltips; accept unchanged
        st, _, page = get(base + "item/1")
        assert 'title="p=0.200"' in page and "<textarea" in page
        clock.t += 3.0
        post(base + "item/1", {"token": tok, "text": "A red car."})
        # caption 2 keeps its leading newline through the textarea
        st, _, page = get(base + "item/2")
        assert '<textarea id="text" name="text" rows="8">\n\nLeading' in page
        st, h, _ = post(base + "item/2", {"token": tok, "text": "\nLeading newline & tab\t."})
        assert h["Location"] == "/done"
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == ["evil", 1, 7]
        assert [r["changed"] for r in rows] == [True, False, False]
        assert rows[1]["seconds"] == 3.0
        st, _, page = get(base + "done")
        assert "3 of 3 captions accepted" in page
        assert not srv.finished.is_set()
        post(base + "quit", {"token": tok})
        assert srv.wait(5)
    # the port is closed after shutdown
    with pytest.raises(OSError):
        get(base)


def test_server_refuses_empty_and_binds_loopback_only(tmp_path):
    with pytest.raises(tldr.InvalidInputError):
        AnnotationServer([], tmp_path / "o.jsonl")
    for port in (70000, -1, "80"):
        with pytest.raises(tldr.InvalidInputError, match="port must be an integer in \\[0, 65535\\]"):
            AnnotationServer([{"id": 0, "text": "a", "spans": [], "offsets": None, "probs": None}],
                             tmp_path / "o.jsonl", port=port)
    srv = AnnotationServer([{"id": 0, "text": "a", "spans": [], "offsets": None, "probs": None}],
                           tmp_path / "o.jsonl")
    try:
        assert srv.httpd.server_address[0] == "127.0.0.1"
        assert srv.url.startswith("http://127.0.0.1:")
    finally:
        srv.shutdown()


def test_cli_end_to_end(records_file, tmp_path):
    out = tmp_path / "cli_out.jsonl"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "tldr", "annotate", str(records_file), "-o", str(out),
                             "--exit-when-done"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        line = proc.stdout.readline()
        m = re.search(r"open (http://127\.0\.0\.1:\d+/)", line)
        assert m, line + proc.stderr.read()
        base = m.group(1)
        tok = token_of(get(base + "item/0")[2])
        for i, text in enumerate(["Two ducks swim.", "A blue car.", "x"]):
            assert post(base + f"item/{i}", {"token": tok, "text": text})[0] == 303
        rest, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "3 of 3 captions written" in rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == ["Two ducks swim.", "A blue car.", "x"]


def test_cli_bad_input(tmp_path, records_file):
    p = tmp_path / "bad.jsonl"
    p.write_text("{oops\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tldr", "annotate", str(p), "-o", str(tmp_path / "o")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "not valid JSON" in r.stderr
    r = subprocess.run([sys.executable, "-m", "tldr", "annotate", str(records_file), "-o", str(tmp_path / "o"),
                        "--port", "70000"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--port must be" in r.stderr
    # a port already taken
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "tldr", "annotate", str(records_file), "-o",
                            str(tmp_path / "o"), "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "cannot listen" in r.stderr
    r = subprocess.run([sys.executable, "-m", "tldr", "annotate", str(tmp_path / "missing.jsonl"), "-o",
                        str(tmp_path / "o")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "No such file" in r.stderr


# ----------------------------------------------------------------- real browser
def _chromium_paths():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return browser, driver


def test_browser_end_to_end(records_file, tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser, driver_path = _chromium_paths()
    if not browser or not driver_path:
        pytest.skip("chromium and chromedriver not installed (Debian: chromium chromium-driver)")

    out = tmp_path / "browser_out.jsonl"
    srv = AnnotationServer(load_records(records_file), out).start()
    drv = None
    try:
        opts = webdriver.ChromeOptions()
        opts.binary_location = browser
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                  f"--user-data-dir={tmp_path / 'chrome-profile'}", "--remote-debugging-pipe"):
            opts.add_argument(a)
        service = Service(executable_path=driver_path, log_output=os.devnull)
        try:
            drv = webdriver.Chrome(options=opts, service=service)
        except Exception as e:  # a browser that cannot start here is not a test failure
            pytest.skip(f"headless chromium could not start: {str(e).splitlines()[0]}")
        drv.set_page_load_timeout(30)
        drv.set_script_timeout(10)
        wait = WebDriverWait(drv, 15)

        drv.get(srv.url)
        wait.until(lambda d: d.find_elements(By.ID, "caption"))
        cap = drv.find_element(By.ID, "caption")
        # the caption's markup shows as text; nothing from it ran or became an element
        assert "<script>" in cap.text and "<img src=x onerror=alert(1)>" in cap.text
        assert drv.find_elements(By.CSS_SELECTOR, "#caption script, #caption img") == []
        assert drv.title == "Caption 1 of 3"
        marks = drv.find_elements(By.CSS_SELECTOR, "#caption mark.f")
        assert [m.text for m in marks] == ["Four"]
        box = drv.find_element(By.ID, "text")
        assert box.get_property("value") == EVIL
        box.clear()
        box.send_keys("Two ducks swim.")
        drv.find_element(By.ID, "accept").click()
        wait.until(lambda d: d.title == "Caption 2 of 3")
        # heat map: the flagged token is underlined and carries its probability
        flagged = drv.find_elements(By.CSS_SELECTOR, "#caption .t.f")
        assert [f.text.strip() for f in flagged] == ["red"]
        assert flagged[0].get_attribute("title") == "p=0.200"
        drv.find_element(By.ID, "accept").click()  # unchanged
        wait.until(lambda d: d.title == "Caption 3 of 3")
        assert drv.find_element(By.ID, "text").get_property("value") == "\nLeading newline & tab\t."
        drv.find_element(By.ID, "accept").click()
        wait.until(lambda d: d.find_elements(By.ID, "summary"))
        assert "3 of 3 captions accepted" in drv.find_element(By.TAG_NAME, "h1").text
        drv.find_element(By.ID, "finish").click()
        assert srv.wait(15)
    finally:
        if drv is not None:
            drv.quit()
        srv.shutdown()
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == ["Two ducks swim.", "A red car.", "\nLeading newline & tab\t."]
    assert [r["changed"] for r in rows] == [True, False, False]
    assert all(r["seconds"] >= 0 for r in rows)
    assert rows[0]["original"] == EVIL


def test_load_records_refuses_lone_surrogate(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"text": "a\\ud800b"}\n', encoding="utf-8")
    with pytest.raises(tldr.FileFormatError, match="lone surrogate"):
        load_records(p)


def test_surrogate_id_still_renders(tmp_path):
    recs = [{"id": "x\ud800", "text": "ok", "spans": [], "offsets": None, "probs": None}]
    with AnnotationServer(recs, tmp_path / "o.jsonl") as srv:
        st, _, page = get(srv.url + "item/0")
        assert st == 200 and "\ufffd" in page
        assert post(srv.url + "item/0", {"token": token_of(page), "text": "ok"})[0] == 303
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["id"] == "x\ud800"
    p = tmp_path / "i.jsonl"
    p.write_text('{"id": "\\udc00", "text": "a"}\n', encoding="utf-8")
    with pytest.raises(tldr.FileFormatError, match="lone surrogate"):
        load_records(p)


def test_large_form_is_refused(tmp_path):
    recs = [{"id": 0, "text": "ok", "spans": [], "offsets": None, "probs": None}]
    with AnnotationServer(recs, tmp_path / "o.jsonl") as srv:
        tok = token_of(get(srv.url + "item/0")[2])
        st, _, body = post(srv.url + "item/0", {"token": tok, "text": "x" * (1 << 20)})
        assert st == 400 and "too large" in body
        assert not (tmp_path / "o.jsonl").exists()
        assert post(srv.url + "item/0", {"token": tok, "text": "fine"})[0] == 303
