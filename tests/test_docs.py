"""The documentation site builds in strict mode, documents every public name, and renders
in a real headless Chromium (home page and an API page: title, signature, pixels).

Needs the [docs] extra (`./run.sh docs` installs it) and Debian's chromium and
chromium-driver; without them the tests skip with the reason, unless TLDR_REQUIRE_DOCS=1
(set by .ci/run), which turns the skip into a failure. TLDR_DOCS_SCREENSHOTS=DIR keeps the
screenshots there to look at.
"""

import ast
import importlib.util
import inspect
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

import tldr

ROOT = pathlib.Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("TLDR_REQUIRE_DOCS", "") == "1"


def _need(ok, reason):
    if not ok:
        (pytest.fail if REQUIRED else pytest.skip)(reason)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Build the site as ./run.sh docs does (warnings and unresolved references fail)."""
    _need(all(importlib.util.find_spec(m) for m in ("sphinx", "myst_nb", "furo")),
          "the [docs] extra is not installed (./run.sh docs installs it)")
    out = tmp_path_factory.mktemp("docs")
    r = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-E", "-q", "-b", "html",
         "-d", str(out / "doctrees"), str(ROOT / "docs"), str(out / "html")],
        capture_output=True, text=True, timeout=900,
    )
    assert r.returncode == 0, f"strict docs build failed:\n{r.stderr[-6000:]}"
    return out / "html"


def _ids(page):
    import re

    return set(re.findall(r'id="(tldr\.[A-Za-z0-9_.]+)"', page.read_text(encoding="utf-8")))


def _module_all(name):
    """__all__ of tldr.NAME read from its source (tldr.torch needs no PyTorch for this)."""
    spec = importlib.util.find_spec(f"tldr.{name}")
    tree = ast.parse(pathlib.Path(spec.origin).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return None


def test_every_public_name_has_a_reference_entry(site):
    ids = _ids(site / "api" / "index.html")
    names = [n for n in tldr.__all__ if not inspect.ismodule(getattr(tldr, n))]
    assert names and [n for n in names if f"tldr.{n}" not in ids] == []
    modules = [n for n in tldr.__all__ if inspect.ismodule(getattr(tldr, n))] + ["torch"]
    for mod in modules:
        page = site / "api" / f"{mod}.html"
        members = _module_all(mod)
        if not page.exists():  # documented in place on the index page
            page = site / "api" / "index.html"
        ids = _ids(page)
        assert f'id="module-tldr.{mod}"' in page.read_text(encoding="utf-8"), f"no page of tldr.{mod}"
        if members is not None:
            missing = [m for m in members if f"tldr.{mod}.{m}" not in ids]
            assert missing == [], f"tldr.{mod}: undocumented {missing}"


def test_guides_and_notebooks_are_pages(site):
    for md in (ROOT / "docs").glob("*.md"):
        assert (site / f"{md.stem}.html").is_file(), md.name
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        page = site / "notebooks" / f"{nb.stem}.html"
        assert page.is_file(), nb.name
        first = json.loads(nb.read_text(encoding="utf-8"))["cells"][0]
        title = "".join(first["source"]).splitlines()[0].lstrip("# ").strip()
        html = page.read_text(encoding="utf-8")
        assert title.split("`")[0] in html
        # code cells are shown (rendered, not executed: the stored notebooks have no outputs)
        assert 'class="cell_input' in html or "highlight-ipython3" in html


def _browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    _need(browser and driver, "chromium and chromedriver not installed (Debian: chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--no-first-run", "--no-default-browser-check", "--disable-extensions",
              "--window-size=1280,1000", "--hide-scrollbars",
              f"--user-data-dir={tmp_path / 'chrome-profile'}", "--remote-debugging-pipe"):
        opts.add_argument(a)
    try:
        drv = webdriver.Chrome(options=opts, service=Service(executable_path=driver, log_output=os.devnull))
    except Exception as e:  # a browser that cannot start here is not a docs failure
        _need(False, f"headless chromium could not start: {str(e).splitlines()[0]}")
    drv.set_page_load_timeout(30)
    return drv


def _check_pixels(png, name):
    """The screenshot is a page, not a blank or single-colour canvas."""
    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))[::4, ::4].reshape(-1, 3).astype(int)
    assert img.shape[0] >= (800 // 4) * (600 // 4), "screenshot smaller than the 1280x1000 window"
    colours, counts = np.unique(img, axis=0, return_counts=True)
    background = colours[counts.argmax()]
    ink = float((np.abs(img - background).sum(axis=1) > 60).mean())
    assert len(colours) > 50 and ink > 0.01, f"{name}: blank screenshot ({ink:.3%} ink)"
    keep = os.environ.get("TLDR_DOCS_SCREENSHOTS")
    if keep:
        pathlib.Path(keep).mkdir(parents=True, exist_ok=True)
        (pathlib.Path(keep) / f"{name}.png").write_bytes(png)


def test_pages_render_in_chromium(site, tmp_path):
    from selenium.webdriver.common.by import By

    drv = _browser(tmp_path)
    try:
        drv.get((site / "index.html").as_uri())
        assert drv.title.startswith("tldr"), drv.title
        h1 = drv.find_element(By.TAG_NAME, "h1").text
        assert h1.startswith("tldr")
        # the navigation reaches the guides, the notebooks and the reference
        links = {a.get_attribute("href").rsplit("/", 1)[-1] for a in drv.find_elements(By.CSS_SELECTOR, "a.reference.internal")}
        assert {"tokenizers.html", "index.html"} <= links
        _check_pixels(drv.get_screenshot_as_png(), "home")

        drv.get((site / "api" / "index.html").as_uri())
        assert drv.title.startswith("API reference"), drv.title
        sig = drv.find_element(By.ID, "tldr.TokenHead")
        assert "TokenHead(" in sig.text and "dim" in sig.text, sig.text
        assert drv.find_element(By.ID, "tldr.Tokenizer.encode").is_displayed() is not None
        drv.execute_script("arguments[0].scrollIntoView()", sig)
        _check_pixels(drv.get_screenshot_as_png(), "api")
    finally:
        drv.quit()
