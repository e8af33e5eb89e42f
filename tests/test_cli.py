"""The command line (tldr/cli.py): every command is reachable, and a failing command
prints one line and exits non-zero."""

import subprocess
import sys

import pytest

import tldr
import tldr.cli


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "tldr", *args], capture_output=True, text=True, timeout=timeout)


def test_every_command_has_help():
    for cmd in ("demo", "info", "annotate", "perturb", "weights"):
        r = run(cmd, "--help")
        assert r.returncode == 0 and f"usage: tldr {cmd}" in r.stdout, r.stderr


def test_no_command_is_a_usage_error():
    r = run()
    assert r.returncode == 2 and "usage: tldr" in r.stderr


def test_main_in_process(capsys):
    assert tldr.cli.main(["info"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"tldr {tldr.__version__}\n") and "pcre2_version" in out


def test_dunder_main_is_the_cli():
    import tldr.__main__

    assert tldr.__main__.main is tldr.cli.main


@pytest.mark.parametrize("args, status, message", [
    (("weights", "missing.jsonl", "-o", "w.lex"), 1, "tldr weights: error: [Errno 2] No such file"),
    (("perturb", "in.jsonl", "--tokenizer", "gpt2", "-o", "o.jsonl", "--per-caption", "-1"), 1,
     "tldr perturb: error: --per-caption must be an integer >= 0, got -1"),
    (("perturb", "bad.jsonl", "--tokenizer", "gpt2", "-o", "o.jsonl"), 1, "tldr perturb: error: "),
    (("perturb", "in.jsonl", "--tokenizer", "no-such-tokenizer.json", "-o", "o.jsonl"), 1, "tldr perturb: error: "),
    (("annotate", "empty.jsonl", "-o", "o.jsonl"), 2, "tldr annotate: error: "),
    (("annotate", "in.jsonl", "-o", "o.jsonl", "--threshold", "2"), 2, "tldr annotate: error: threshold must be"),
])
def test_errors_are_one_line(tmp_path, monkeypatch, args, status, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_text('{"text": "A red car."}\n', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_bytes(b'"A red car."\n\xff\xfe\n')  # not UTF-8
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    r = run(*args)
    assert r.returncode == status, r.stderr
    assert r.stderr.startswith(message) and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr
