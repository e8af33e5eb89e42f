"""Examples from captions, and the batched map functions for datasets and Ray Data: the
rows equal the serial call's, in order, with every input column kept."""

import json
import os
import pathlib

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
pytest.importorskip("torch")
pytest.importorskip("transformers")

import tldr  # noqa: E402
from tldr.vlm import ExamplesMap, NegativesMap, examples_from_captions, read_rows  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def coco():
    rows = [json.loads(x) for x in (ROOT / "tldr/data/captions_coco_sample.jsonl").read_text().splitlines()[:40]]
    return [r["caption"] for r in rows], [r["image_id"] for r in rows]


def test_examples_from_captions(coco):
    caps, ids = coco
    paths = [f"/images/{i}.jpg" for i in ids]
    rows = examples_from_captions(paths, caps, per_caption=4, seed=3)
    p = tldr.Perturber(seed=3)
    k = 0
    for i, c in enumerate(caps):
        assert rows[k] == {"image": paths[i], "prompt": tldr.vlm.DEFAULT_PROMPT, "response": c, "bad_spans": [],
                           "category": None, "is_negative": False, "source_index": i, "edits": []}
        k += 1
        for neg in p.perturb(c, n=4):  # the serial engine call, negative by negative
            r = rows[k]
            assert r["response"] == neg.text and r["category"] == neg.category and r["image"] == paths[i]
            assert r["bad_spans"] == [(e.new_start, e.new_end) for e in neg.edits]
            assert [(d["old"], d["new"]) for d in r["edits"]] == [(e.old, e.new) for e in neg.edits]
            for d in r["edits"]:
                assert c[d["start"]:d["end"]] == d["old"] and neg.text[d["new_start"]:d["new_end"]] == d["new"]
            k += 1
    assert k == len(rows) and sum(r["is_negative"] for r in rows) > 20
    assert examples_from_captions([], []) == []
    with pytest.raises(tldr.InvalidInputError, match="got 1 images for 2 captions"):
        examples_from_captions(["a.jpg"], ["x", "y"])
    with pytest.raises(tldr.InvalidInputError, match="caption 1 must be a str"):
        examples_from_captions(["a", "b"], ["x", 3])


def same_rows(out, serial, ids_by_source):
    assert len(out) == len(serial)
    for r, s in zip(out, serial):
        assert r["response"] == s["response"] and r["category"] == s["category"]
        assert [tuple(int(v) for v in x) for x in r["bad_spans"]] == s["bad_spans"]
        assert json.loads(r["edits"]) == s["edits"] and bool(r["is_negative"]) == s["is_negative"]
        assert r["image"] == s["image"] and int(r["image_id"]) == ids_by_source[s["source_index"]]


@pytest.mark.parametrize("batch_size,num_proc", [(1, None), (7, 2)])
def test_examples_map_with_datasets(coco, batch_size, num_proc):
    datasets = pytest.importorskip("datasets")
    caps, ids = coco
    paths = [f"/images/{i}.jpg" for i in ids]
    serial = examples_from_captions(paths, caps, per_caption=4)
    ds = datasets.Dataset.from_dict({"image": paths, "caption": caps, "image_id": ids})
    fn = ExamplesMap(per_caption=4)
    out = ds.map(fn, batched=True, batch_size=batch_size, num_proc=num_proc, remove_columns=ds.column_names,
                 features=fn.features(ds.features))
    assert out.column_names[:3] == ["image", "caption", "image_id"]
    same_rows(out.to_list(), serial, ids)


# Ray 2.60's own DataContext() sets its deprecated fields while constructing itself
@pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")
def test_examples_map_with_ray(coco):
    ray = pytest.importorskip("ray")
    caps, ids = coco
    serial = examples_from_captions(ids, caps, per_caption=4)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ds = ray.data.from_items([{"image": i, "caption": c, "image_id": i} for c, i in zip(caps, ids)])
        for fmt in ("pandas", "numpy"):
            out = ds.map_batches(ExamplesMap(per_caption=4), batch_format=fmt, batch_size=6).take_all()
            same_rows(out, serial, ids)
    finally:
        ray.shutdown()


def test_negatives_map_equals_make_negatives(coco):
    datasets = pytest.importorskip("datasets")
    caps, ids = coco
    tok = tldr.Tokenizer.gpt2()
    serial = tldr.make_negatives(caps, tok, per_caption=3)
    ds = datasets.Dataset.from_dict({"caption": caps, "image_id": ids})
    fn = NegativesMap(tok, per_caption=3)
    out = ds.map(fn, batched=True, batch_size=6, remove_columns=ds.column_names, features=fn.features(ds.features))
    assert len(out) == len(serial)
    for r, k in zip(out.to_list(), range(len(serial))):
        d = serial.row(k)
        assert r["text"] == d["text"] and r["ids"] == d["ids"].tolist() and r["labels"] == d["labels"].tolist()
        assert r["offsets"] == d["offsets"].tolist() and r["category"] == d["category"]
        assert r["image_id"] == ids[d["source_index"]] and r["caption"] == caps[d["source_index"]]


def test_map_input_errors():
    fn = ExamplesMap()
    with pytest.raises(tldr.InvalidInputError, match="no 'caption' column"):
        fn({"image": ["a"], "text": ["b"]})
    with pytest.raises(tldr.InvalidInputError, match="differ in length"):
        fn({"image": ["a"], "caption": ["b", "c"]})
    with pytest.raises(tldr.InvalidInputError, match="unknown category"):
        ExamplesMap(categories=["colour"])


def test_read_rows(tmp_path, coco):
    caps, ids = coco
    rows = [{"image": f"{i}.jpg", "caption": c, "image_id": i} for c, i in zip(caps[:3], ids[:3])]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    got = read_rows(tmp_path / "a.jsonl", "/imgs")
    assert got[0] == {"image": f"/imgs/{ids[0]}.jpg", "caption": caps[0], "image_id": ids[0]}
    (tmp_path / "b.json").write_text(json.dumps(rows))
    assert read_rows(tmp_path / "b.json")[1]["image"] == f"{ids[1]}.jpg"
    coco_file = {"images": [{"id": 7, "file_name": "000007.jpg"}],
                 "annotations": [{"image_id": 7, "id": 1, "caption": "A dog."}, {"image_id": 7, "id": 2,
                                                                                  "caption": "Two cats."}]}
    (tmp_path / "captions_val.json").write_text(json.dumps(coco_file))
    assert read_rows(tmp_path / "captions_val.json", "/coco") == [
        {"image": "/coco/000007.jpg", "caption": "A dog.", "image_id": 7},
        {"image": "/coco/000007.jpg", "caption": "Two cats.", "image_id": 7}]
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    assert read_rows(tmp_path / "c.parquet", "/x")[2]["image"] == f"/x/{ids[2]}.jpg"
    (tmp_path / "bad.jsonl").write_text('{"a": 1}\n{oops\n')
    with pytest.raises(tldr.FileFormatError, match="bad.jsonl:2: not JSON"):
        read_rows(tmp_path / "bad.jsonl")
    (tmp_path / "bad.json").write_text('"text"')
    with pytest.raises(tldr.FileFormatError, match="COCO captions"):
        read_rows(tmp_path / "bad.json")
    assert np.all([isinstance(r, dict) for r in got])
