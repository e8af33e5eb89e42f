"""Adversarial Unicode corpus for the tokenizer tests, and loaders for the real captions."""

import json
import pathlib

ADVERSARIAL = [
    "",
    " ",
    "a",
    "Hello world",
    "  leading and trailing spaces  ",
    "tab\there\tand\r\nnewlines\n\n\nend",
    "nbsp\u00a0between\u00a0words and\u2009thin\u202fspaces",
    "\ufeffbyte order mark at the start",
    "ideographic\u3000space 全角スペース",
    # emoji: ZWJ sequences, skin tones, flags, keycaps, variation selectors
    "family 👩‍👩‍👧‍👦 thumbs 👍🏽👍🏿 flag 🇯🇵🇫🇷 keycap 1️⃣ heart ❤️ rainbow 🏳️‍🌈",
    "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
    # combining marks (decomposed and precomposed), zalgo
    "cafe\u0301 vs café, n\u0303, a\u0300\u0301\u0302\u0303\u0304",
    "z\u0336\u0335\u0334a\u0337\u0338l\u0321\u0322g\u0327o\u0328",
    # CJK, Korean, Japanese
    "日本語のテキストと中文字符测试。한국어 문장입니다.",
    "一只猫坐在垫子上",
    # RTL scripts
    "مرحبا بالعالم، هذه قطة على السجادة",
    "שלום עולם, חתול על השטיח",
    # Indic and Thai (no spaces between words)
    "नमस्ते दुनिया, एक बिल्ली चटाई पर बैठी है",
    "แมวนั่งอยู่บนเสื่อสวัสดีครับ",
    # control characters
    "ctrl\x00nul\x01soh\x07bel\x1besc\x7fdel\x85nel",
    "zero\u200bwidth\u200cnon\u200djoiner\u2060wj\u00adsoft-hyphen",
    "line\u2028separator\u2029paragraph",
    # long runs
    " " * 300 + "x",
    "\n" * 50,
    "\t \t \t \n \n",
    "1234567890" * 30,
    "3.14159 2,718 1e-10 0x1F 100% $5.99 #1",
    # contractions, quotes, casing
    "I'm, you're, he's, we'll, they've, she'd, can't, DON'T, It'S",
    "\u2019s curly \u2018quotes\u2019 and \u201cdouble\u201d",
    "ALL CAPS Title Case mIxEd",
    # 1,000-character words
    "a" * 1000,
    "supercalifragilistic" * 50,
    "日" * 1000,
    "x" + "\u0301" * 200,
    # markup and specials-like text
    "<s> </s> <unk> [CLS] [SEP] <|endoftext|> <bos> <loc0123> <seg042>",
    "<|endoftext|",
    "Fish &amp; Chips &lt;b&gt; &#39;quoted&#39;",
    "e-mail: a.b@example.com, url: https://example.com/a?b=c&d=e",
    "\u2581literal lower one eighth block\u2581\u2581",
    "mixed 日本 and English 🙂 in one line",
    "\U0001d54f\U0001d550 math letters, \U00020000 ext-B",
    "\uffff\ufffe noncharacters \U0010ffff",
]


def captions(shared) -> list[str]:
    """Every caption in ../shared/data/captions (COCO val2017, IIW jsonl, POPE)."""
    root = pathlib.Path(shared) / "captions"
    out: list[str] = []
    coco = json.loads((root / "coco" / "captions_val2017.json").read_text())
    out += [a["caption"] for a in coco["annotations"]]
    for f in sorted((root / "iiw").glob("*.jsonl")) + sorted((root / "pope").glob("*.json")):
        for obj in _json_stream(f.read_text()):
            out += _strings(obj)
    return [s for s in out if s.strip()]


def _json_stream(data: str):
    """Concatenated JSON values (JSON lines, or pretty-printed objects one after another)."""
    dec = json.JSONDecoder()
    i, n = 0, len(data)
    while True:
        while i < n and data[i].isspace():
            i += 1
        if i >= n:
            return
        obj, i = dec.raw_decode(data, i)
        yield obj


_TEXT_KEYS = ("caption", "text", "IIW", "DOCCI", "iiw", "description", "answer", "label")


def _strings(obj) -> list[str]:
    """The free-text fields of one jsonl record (descriptions and captions)."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, str) and (k in _TEXT_KEYS or len(v) > 40):
                out.append(v)
            elif isinstance(v, (dict, list)):
                out += _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            out += _strings(v)
    return out
