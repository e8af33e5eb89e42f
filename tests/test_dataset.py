"""make_negatives and NegativeDataset keep the link to the image and the edits (issue 10's
frictions): every input column beside each row, each row's edits, both through JSONL and
Parquet; one reader of caption files (JSONL, JSON list, COCO, Parquet) for `tldr perturb`,
`tldr weights` and tldr.vlm; a transformers tokenizer is accepted."""

import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

import tldr
from tldr.perturb.rows import read_rows

DATA = pathlib.Path(tldr.__file__).parent / "data"
ROWS = [json.loads(l) for l in (DATA / "captions_coco_sample.jsonl").read_text().splitlines()][:40]
CAPS = [r["caption"] for r in ROWS]
ARRAYS = ("ids", "labels", "offsets", "row_splits", "category", "source_index", "is_negative", "edit_splits", "edits")


def same(a, b):
    for k in ARRAYS:
        assert np.array_equal(getattr(a, k), getattr(b, k)), k
    assert a.texts == b.texts and list(a.edit_old) == list(b.edit_old) and a.columns == b.columns


@pytest.fixture(scope="module")
def ds():
    return tldr.make_negatives(ROWS, tldr.Tokenizer.gpt2(), tldr.Perturber(balance=False), per_caption=4)


def test_rows_keep_every_input_column(ds):
    plain = tldr.make_negatives(CAPS, tldr.Tokenizer.gpt2(), tldr.Perturber(balance=False), per_caption=4)
    for k in ARRAYS:  # the columns change nothing else
        assert np.array_equal(getattr(ds, k), getattr(plain, k)), k
    assert plain.columns == {} and list(ds.columns) == ["image_id", "caption"]
    for r in range(len(ds)):
        row = ds.row(r)
        src = ROWS[row["source_index"]]
        assert row["image_id"] == src["image_id"] and row["caption"] == src["caption"]
    # a batch of columns (datasets, Ray) and rows give the same dataset
    cols = {"image_id": np.array([r["image_id"] for r in ROWS]), "caption": CAPS}
    same(tldr.make_negatives(cols, tldr.Tokenizer.gpt2(), tldr.Perturber(balance=False), per_caption=4), ds)
    # the caption under "text": the output's text replaces that column
    t = tldr.make_negatives([{"text": c, "k": i} for i, c in enumerate(CAPS[:5])], tldr.Tokenizer.gpt2())
    assert list(t.columns) == ["k"] and t.columns["k"] == t.source_index.tolist()


def test_rows_keep_their_edits(ds):
    p = tldr.Perturber(balance=False)
    r = 0
    for i, c in enumerate(CAPS):
        assert ds.row(r)["edits"] == [] and not ds.row(r)["is_negative"]
        r += 1
        for neg in p.perturb(c, n=4):  # the serial engine call, negative by negative
            row = ds.row(r)
            assert row["text"] == neg.text and row["source_index"] == i
            assert row["edits"] == [{"start": e.start, "end": e.end, "new_start": e.new_start, "new_end": e.new_end,
                                     "old": e.old, "new": e.new} for e in neg.edits]
            r += 1
    assert r == len(ds) and ds.is_negative.sum() > 60


def test_jsonl_and_parquet_round_trip(ds, tmp_path):
    ds.to_jsonl(tmp_path / "d.jsonl")
    first = json.loads((tmp_path / "d.jsonl").read_text().splitlines()[1])
    assert first["image_id"] == ROWS[0]["image_id"] and first["edits"] and {"old", "new"} <= set(first["edits"][0])
    same(tldr.NegativeDataset.from_jsonl(tmp_path / "d.jsonl"), ds)
    pytest.importorskip("pyarrow")
    ds.to_parquet(tmp_path / "d.parquet")
    same(tldr.NegativeDataset.from_parquet(tmp_path / "d.parquet"), ds)
    # a file written before rows kept edits and columns still reads (with none)
    old = [{k: v for k, v in json.loads(line).items() if k not in ("edits", "image_id", "caption")}
           for line in (tmp_path / "d.jsonl").read_text().splitlines()]
    (tmp_path / "old.jsonl").write_text("".join(json.dumps(d) + "\n" for d in old))
    back = tldr.NegativeDataset.from_jsonl(tmp_path / "old.jsonl")
    assert back.columns == {} and len(back.edits) == 0 and np.array_equal(back.ids, ds.ids)


def test_concat_shifts_sources(ds):
    tok, p = tldr.Tokenizer.gpt2(), tldr.Perturber(balance=False)
    parts = [tldr.make_negatives(ROWS[i:i + 15], tok, p, per_caption=4) for i in range(0, 40, 15)]
    same(tldr.NegativeDataset.concat(parts, [0, 15, 30]), ds)


def test_bad_columns_and_rows():
    tok = tldr.Tokenizer.gpt2()
    with pytest.raises(tldr.InvalidInputError, match="'labels' has the name of an output column"):
        tldr.make_negatives([{"caption": "A dog.", "labels": 1}], tok)
    with pytest.raises(tldr.InvalidInputError, match="no 'caption' column"):
        tldr.make_negatives([{"image_id": 1}], tok)
    with pytest.raises(tldr.InvalidInputError, match="caption 1 .* must be a str"):
        tldr.make_negatives([{"caption": "A dog."}, {"caption": None}], tok)
    with pytest.raises(tldr.InvalidInputError, match="differ in length"):
        tldr.make_negatives({"caption": ["a", "b"], "x": [1]}, tok)
    with pytest.raises(tldr.InvalidInputError, match="not one str"):
        tldr.make_negatives("A dog.", tok)
    with pytest.raises(tldr.InvalidInputError, match=r"captions\[1\]: expected a str or a mapping"):
        tldr.make_negatives([{"caption": "a"}, 3], tok)


def test_transformers_tokenizer_is_accepted(shared_data):
    tf = pytest.importorskip("transformers")
    hf = tf.AutoTokenizer.from_pretrained(shared_data / "tokenizers" / "hf" / "gemma")
    tok = tldr.Tokenizer.from_file(shared_data / "tokenizers" / "hf" / "gemma" / "tokenizer.json")
    x = tldr.Perturber(balance=False).perturb("One duck is swimming near a blue mug.", category="counting")[0]
    enc, lab = tldr.label_tokens(x, hf)
    want, want_lab = tldr.label_tokens(x, tok)
    assert enc.ids.tolist() == want.ids.tolist() == hf(x.text, add_special_tokens=False)["input_ids"]
    assert np.array_equal(lab, want_lab) and (lab == 0).any()
    enc, lab = tldr.align_labels(x.source, x.text, hf)
    assert enc.ids.tolist() == want.ids.tolist()
    got = tldr.make_negatives(ROWS[:10], hf, per_caption=3)
    same(got, tldr.make_negatives(ROWS[:10], tok, per_caption=3))
    for r in range(len(got)):
        assert got.row(r)["ids"].tolist() == hf(got.texts[r], add_special_tokens=False)["input_ids"]


def test_read_rows_formats(tmp_path):
    (tmp_path / "a.jsonl").write_text('"A dog."\n\n{"caption": "Two cats.", "image_id": 3}\n')
    assert read_rows(tmp_path / "a.jsonl") == [{"caption": "A dog."}, {"caption": "Two cats.", "image_id": 3}]
    (tmp_path / "b.json").write_text(json.dumps(["A dog.", {"text": "Two cats."}]))
    assert read_rows(tmp_path / "b.json") == [{"caption": "A dog."}, {"text": "Two cats."}]
    coco = {"annotations": [{"image_id": 7, "caption": "A dog."}]}
    (tmp_path / "c.json").write_text(json.dumps(coco))
    assert read_rows(tmp_path / "c.json") == [{"caption": "A dog.", "image_id": 7}]
    coco["images"] = [{"id": 7, "file_name": "7.jpg"}]
    (tmp_path / "c.json").write_text(json.dumps(coco))
    assert read_rows(tmp_path / "c.json", "/coco") == [{"image": "/coco/7.jpg", "caption": "A dog.", "image_id": 7}]
    for name, text, msg in (("d.jsonl", "3\n", r"d.jsonl:1: expected an object"),
                            ("e.json", '{"annotations": [{"id": 1}]}', "annotation 0"),
                            ("f.json", "[1]", "annotations"), ("g.json", '"x"', "COCO captions")):
        (tmp_path / name).write_text(text)
        with pytest.raises(tldr.FileFormatError, match=msg):
            read_rows(tmp_path / name)


def run(*args):
    return subprocess.run([sys.executable, "-m", "tldr", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_cli_perturb_reads_coco_and_keeps_fields(tmp_path):
    coco = {"images": [{"id": r["image_id"], "file_name": f"{r['image_id']:012d}.jpg"} for r in ROWS[:12]],
            "annotations": [{"id": k, "image_id": r["image_id"], "caption": r["caption"]}
                            for k, r in enumerate(ROWS[:12])]}
    (tmp_path / "captions_val.json").write_text(json.dumps(coco))
    r = run("perturb", tmp_path / "captions_val.json", "--tokenizer", "gpt2", "-o", tmp_path / "o.jsonl",
            "--per-caption", "3", "-q")
    assert r.returncode == 0, r.stderr
    got = tldr.NegativeDataset.from_jsonl(tmp_path / "o.jsonl")
    want = tldr.make_negatives(read_rows(tmp_path / "captions_val.json"), tldr.Tokenizer.gpt2(), per_caption=3)
    same(got, want)
    assert set(got.columns) == {"image", "caption", "image_id"} and got.is_negative.any()
    for k in range(len(got)):
        assert got.columns["image"][k] == f"{got.columns['image_id'][k]:012d}.jpg"
    # `tldr weights` reads the same file
    r = run("weights", tmp_path / "captions_val.json", "-o", tmp_path / "w.lex")
    assert r.returncode == 0 and "from 12 captions" in r.stdout, r.stderr
    # JSONL with extra fields keeps them
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS[:5]))
    r = run("perturb", tmp_path / "in.jsonl", "--tokenizer", "gpt2", "-o", tmp_path / "o2.jsonl", "-q")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in (tmp_path / "o2.jsonl").read_text().splitlines()]
    assert all(x["image_id"] == ROWS[x["source_index"]]["image_id"] for x in rows)


# ---- make_negatives in one C call (csrc/core/perturb/negatives.c) equals the path in steps
# (draw_batch, encode_batch of captions + negatives, labels and the row layout in NumPy),
# which other tokenizers still take: every array, text and old text, for every seed,
# perturber and thread count.
ALL_CAPS = [json.loads(l)["caption"] for l in (DATA / "captions_coco_sample.jsonl").read_text().splitlines()]
ODD_CAPS = ["", " ", "A red car.", "Two dogs 🐶🐶 sit on the left of a bench.", "Un café crème près d'une tasse bleue.",
            "A man with a red hat and a blue coat is holding two yellow umbrellas next to a white car. " * 6,
            "A cat\u0301 is  on\tthe   table\n", "Ｔｗｏ　ｃａｔｓ on a bed.", "three black dogs beside a small red ball"]


def same_rows(a, b):
    for k in ARRAYS:
        x, y = getattr(a, k), getattr(b, k)
        assert x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y), k
    assert a.texts == b.texts and list(a.edit_old[:]) == list(b.edit_old[:])


@pytest.mark.parametrize("seed,balance", [(0, True), (0, False), (5, True), (11, False)])
def test_one_call_equals_steps(seed, balance):
    from tldr.perturb import dataset as D

    tok, p = tldr.Tokenizer.gpt2(), tldr.Perturber(seed=seed, balance=balance)
    caps = ALL_CAPS + ODD_CAPS
    steps = D._negatives_in_steps(caps, tok, p, 8, 1)
    assert steps.is_negative.sum() > len(ALL_CAPS)
    for threads in (1, 2, 3):
        same_rows(steps, D._negatives_in_c(caps, tok, p, 8, threads))
    ds = tldr.make_negatives(caps, tok, p, per_caption=8, num_threads=2)
    same_rows(steps, ds)
    assert ds.ids.flags.writeable and ds.offsets.flags.c_contiguous and ds.offsets.shape[1:] == (2,)


def test_one_call_equals_spliced_steps(monkeypatch):
    """the path in steps splices long captions' negatives; the C call tokenizes them whole"""
    from tldr.perturb import dataset as D
    from tldr.perturb import labels as N

    monkeypatch.setattr(N, "SPLICE_MIN_CHARS", 0)
    monkeypatch.setattr(N, "SPLICE_MIN_ROWS", 1)
    tok, p = tldr.Tokenizer.gpt2(), tldr.Perturber(seed=3)
    caps = ALL_CAPS[:150] + ODD_CAPS
    same_rows(D._negatives_in_steps(caps, tok, p, 8, 2), D._negatives_in_c(caps, tok, p, 8, 2))


def test_one_call_equals_steps_llama3_coco_iiw(shared_data):
    from tldr.perturb import dataset as D

    tok = tldr.Tokenizer.from_file(shared_data / "tokenizers/hf/llama3_1/tokenizer.json")
    coco = json.loads((shared_data / "captions/coco/captions_val2017.json").read_text())["annotations"]
    caps = [a["caption"].strip() for a in coco[:3000]]
    for line in (shared_data / "captions/iiw/DOCCI_Test.jsonl").read_text().splitlines()[:60]:
        caps.append(json.loads(line)["DOCCI"])
    for seed, balance in ((0, True), (1, False)):
        p = tldr.Perturber(seed=seed, balance=balance)
        steps = D._negatives_in_steps(caps, tok, p, 8, 2)
        for threads in (1, 2):
            same_rows(steps, D._negatives_in_c(caps, tok, p, 8, threads))


def test_one_call_only_where_it_is_the_same():
    from tldr.perturb import dataset as D

    class Mine(tldr.Perturber):
        def perturb_batch(self, texts, n=8, num_threads=None):
            return super().perturb_batch(texts, n, num_threads)

    gpt2 = tldr.Tokenizer.gpt2()
    assert D._one_call(gpt2, tldr.Perturber())
    assert not D._one_call(gpt2, Mine())
    assert not D._one_call(tldr.Tokenizer.clip(), tldr.Perturber())  # a normalizer: encode_batch maps offsets
    same_rows(tldr.make_negatives(CAPS, gpt2, Mine(seed=2)), tldr.make_negatives(CAPS, gpt2, tldr.Perturber(seed=2)))


@pytest.mark.parametrize("bad", [["A red car.", "a dog <|endoftext|> on a mat"], ["A red car.", "two cats \ud800"]])
def test_one_call_raises_what_the_steps_raise(bad):
    from tldr.perturb import dataset as D

    tok, p = tldr.Tokenizer.gpt2(), tldr.Perturber(balance=False)
    errs = []
    for f in (D._negatives_in_steps, D._negatives_in_c):
        with pytest.raises(tldr.TldrError) as e:
            f(bad, tok, p, 8, 2)
        errs.append((type(e.value), str(e.value)))
    assert errs[0] == errs[1]
    with pytest.raises(tldr.InvalidInputError, match="n must be >= 0"):
        D._negatives_in_c(["A red car."], tok, p, -1, 1)


def test_one_call_empty_and_caption_only():
    from tldr.perturb import dataset as D

    tok, p = tldr.Tokenizer.gpt2(), tldr.Perturber()
    for caps, n in (([], 8), (["", "A red car."], 0), (["A red car."] * 3, 8)):
        same_rows(D._negatives_in_steps(caps, tok, p, n, 1), D._negatives_in_c(caps, tok, p, n, 2))
