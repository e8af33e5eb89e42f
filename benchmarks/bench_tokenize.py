"""Tokenizer throughput: tldr (with offsets) vs tiktoken and Hugging Face tokenizers.

    python benchmarks/bench_tokenize.py [--shared ../shared/data] [--repeat 5] [--quick]

Corpora: COCO val2017 captions (25k short captions) and the IIW dense descriptions.
Rows: the same tokenizer in each library, in the same run:
  * cl100k_base: tldr (ids + offsets) vs tiktoken (ids only: it has no encode-time
    offsets) -- encode_ordinary_batch, or a loop of encode_ordinary when faster;
  * Llama-3.1 tokenizer.json: tldr (ids + offsets) vs tokenizers (ids + offsets, which
    it always computes) -- encode_batch;
single-threaded and with 2 threads; MB/s = UTF-8 megabytes of text per second (best of
--repeat runs). Also the load time of the Llama-3.1 tokenizer.json.
"""

import argparse
import json
import os
import pathlib
import sys
import time

os.environ.setdefault("TOKENIZERS_PARALLELISM", "true")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy's idle BLAS threads add noise

import tldr  # noqa: E402


def load_corpora(shared):
    root = pathlib.Path(shared) / "captions"
    coco = [a["caption"] for a in json.loads((root / "coco" / "captions_val2017.json").read_text())["annotations"]]
    iiw = []
    dec = json.JSONDecoder()
    for f in sorted((root / "iiw").glob("*.jsonl")):
        for line in f.read_text().splitlines():
            if line.strip():
                obj = dec.decode(line)
                for k, v in obj.items():
                    if isinstance(v, str) and len(v) > 100:
                        iiw.append(v)
    return {"coco": coco, "iiw": iiw}


LAST_CPU = [0.0]


def best_time(fn, repeat):
    """Best wall time of `repeat` runs; LAST_CPU[0] = process CPU time / wall time of that
    run (about 2.0 when two threads really ran on two free cores)."""
    fn()  # warm-up
    best = None
    for _ in range(repeat):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        t = time.perf_counter() - t
        c = time.process_time() - c
        if best is None or t < best:
            best, LAST_CPU[0] = t, c / t
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="one repeat, a quarter of each corpus")
    args = ap.parse_args()
    shared = pathlib.Path(args.shared)
    if not shared.is_dir():
        sys.exit(f"shared data not found at {shared} (pass --shared)")
    repeat = 1 if args.quick else args.repeat
    corpora = load_corpora(shared)
    if args.quick:
        corpora = {k: v[: len(v) // 4] for k, v in corpora.items()}

    import tiktoken
    import tokenizers
    from tiktoken.load import load_tiktoken_bpe

    from tldr.tokenizer import _TIKTOKEN

    tk = shared / "tokenizers"
    llama = tk / "hf" / "llama3_1" / "tokenizer.json"
    t0 = time.perf_counter()
    ours_llama = tldr.Tokenizer.from_file(llama)
    load_tldr = time.perf_counter() - t0
    t0 = time.perf_counter()
    hf_llama = tokenizers.Tokenizer.from_file(str(llama))
    load_hf = time.perf_counter() - t0
    ours_cl = tldr.Tokenizer.from_file(tk / "tiktoken" / "cl100k_base.tiktoken")
    pat, specials = _TIKTOKEN["cl100k_base"]
    tt = tiktoken.Encoding(
        "cl100k_base", pat_str=pat, mergeable_ranks=load_tiktoken_bpe(str(tk / "tiktoken" / "cl100k_base.tiktoken")),
        special_tokens=specials,
    )

    def hf_run(texts, threads):
        os.environ["TOKENIZERS_PARALLELISM"] = "true" if threads > 1 else "false"
        return lambda: hf_llama.encode_batch(texts, add_special_tokens=False)

    print(f"machine: {os.cpu_count()} CPUs; tldr {tldr.__version__}; build {tldr.build_info()}")
    print(f"tiktoken {tiktoken.__version__ if hasattr(tiktoken, '__version__') else '?'}, tokenizers {tokenizers.__version__}")
    print(f"load Llama-3.1 tokenizer.json: tldr {load_tldr:.3f} s, tokenizers {load_hf:.3f} s")
    print()
    hdr = f"{'corpus':6} {'tokenizer':11} {'threads':>7} {'tldr MB/s':>10} {'cpu/wall':>8} {'peer':>10} {'peer MB/s':>10} {'ratio':>7}"
    print(hdr)
    print("-" * len(hdr))
    results = {}
    for cname, texts in corpora.items():
        mb = sum(len(t.encode()) for t in texts) / 1e6
        for threads in (1, 2):
            t_ours = best_time(lambda: ours_cl.encode_batch(texts, num_threads=threads, disallowed_special=()), repeat)
            util = LAST_CPU[0]
            t_peer = best_time(lambda: tt.encode_ordinary_batch(texts, num_threads=threads), repeat)
            if threads == 1:  # the batch API's thread pool costs more than it gives on short texts
                t_peer = min(t_peer, best_time(lambda: [tt.encode_ordinary(t) for t in texts], repeat))
            results[(cname, "cl100k", threads)] = mb / t_ours
            print(f"{cname:6} {'cl100k':11} {threads:7d} {mb / t_ours:10.1f} {util:8.2f} {'tiktoken':>10} {mb / t_peer:10.1f} {t_peer / t_ours:6.2f}x")
            t_ours = best_time(lambda: ours_llama.encode_batch(texts, num_threads=threads, disallowed_special=()), repeat)
            util = LAST_CPU[0]
            t_peer = best_time(hf_run(texts, threads), repeat)
            results[(cname, "llama3.1", threads)] = mb / t_ours
            print(f"{cname:6} {'llama3.1':11} {threads:7d} {mb / t_ours:10.1f} {util:8.2f} {'tokenizers':>10} {mb / t_peer:10.1f} {t_peer / t_ours:6.2f}x")
    print()
    for cname in corpora:
        for tn in ("cl100k", "llama3.1"):
            print(f"tldr 1 -> 2 threads, {cname} {tn}: {results[(cname, tn, 2)] / results[(cname, tn, 1)]:.2f}x")


if __name__ == "__main__":
    main()
