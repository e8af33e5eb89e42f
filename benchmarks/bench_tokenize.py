"""Tokenizer throughput: tldr (with offsets) vs tiktoken and Hugging Face tokenizers.

    python benchmarks/bench_tokenize.py [--shared ../shared/data] [--repeat 5] [--quick] [--no-peers]

Corpora: COCO val2017 captions (25k short captions) and the IIW dense descriptions.
Rows: the same tokenizer in each library, in the same run:
  * cl100k_base: tldr (ids + offsets) vs tiktoken (ids only: it has no encode-time
    offsets) -- encode_ordinary_batch, or a loop of encode_ordinary when faster;
  * Llama-3.1 tokenizer.json: tldr (ids + offsets) vs tokenizers (ids + offsets, which
    it always computes) -- encode_batch;
  * Llama-2 tokenizer.json (SentencePiece-style BPE with byte fallback, LLaVA-1.5's):
    same comparison;
single-threaded and with 2 threads; MB/s = UTF-8 megabytes of text per second (best of
--repeat runs). Also the load time of the Llama-3.1 tokenizer.json.

--no-peers times tldr only (half the run), for comparing two builds of tldr: run it once
per build (e.g. PYTHONPATH=<other tree>) in the same session and compare the MB/s.
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
    ap.add_argument("--no-peers", action="store_true", help="time tldr only (no tiktoken / tokenizers)")
    args = ap.parse_args()
    shared = pathlib.Path(args.shared)
    if not shared.is_dir():
        sys.exit(f"shared data not found at {shared} (pass --shared)")
    repeat = 1 if args.quick else args.repeat
    corpora = load_corpora(shared)
    if args.quick:
        corpora = {k: v[: len(v) // 4] for k, v in corpora.items()}

    tk = shared / "tokenizers"
    llama = tk / "hf" / "llama3_1" / "tokenizer.json"
    llama2 = tk / "hf" / "llama2" / "tokenizer.json"
    cl100k = tk / "tiktoken" / "cl100k_base.tiktoken"
    t0 = time.perf_counter()
    ours_llama = tldr.Tokenizer.from_file(llama)
    load_tldr = time.perf_counter() - t0
    ours = {"cl100k": tldr.Tokenizer.from_file(cl100k), "llama3.1": ours_llama,
            "llama2": tldr.Tokenizer.from_file(llama2)}
    print(f"machine: {os.cpu_count()} CPUs; tldr {tldr.__version__} ({pathlib.Path(tldr.__file__).parent}); "
          f"build {tldr.build_info()}")
    peers = {}
    load_hf = None
    if not args.no_peers:
        import tiktoken
        import tokenizers
        from tiktoken.load import load_tiktoken_bpe

        try:
            from tldr.tokenize.formats.tiktoken import ENCODINGS
        except ImportError:  # a tldr from before the tokenize/ package (comparing builds)
            from tldr.tokenizer import _TIKTOKEN as ENCODINGS

        t0 = time.perf_counter()
        hf_llama = tokenizers.Tokenizer.from_file(str(llama))
        load_hf = time.perf_counter() - t0
        hf_l2 = tokenizers.Tokenizer.from_file(str(llama2))
        pat, specials = ENCODINGS["cl100k_base"]
        tt = tiktoken.Encoding("cl100k_base", pat_str=pat, mergeable_ranks=load_tiktoken_bpe(str(cl100k)),
                               special_tokens=specials)

        def tiktoken_time(texts, threads):
            t = best_time(lambda: tt.encode_ordinary_batch(texts, num_threads=threads), repeat)
            if threads == 1:  # the batch API's thread pool costs more than it gives on short texts
                t = min(t, best_time(lambda: [tt.encode_ordinary(x) for x in texts], repeat))
            return t

        def hf_time(hf):
            def run(texts, threads):
                os.environ["TOKENIZERS_PARALLELISM"] = "true" if threads > 1 else "false"
                return best_time(lambda: hf.encode_batch(texts, add_special_tokens=False), repeat)

            return run

        peers = {"cl100k": ("tiktoken", tiktoken_time), "llama3.1": ("tokenizers", hf_time(hf_llama)),
                 "llama2": ("tokenizers", hf_time(hf_l2))}
        print(f"tiktoken {getattr(tiktoken, '__version__', '?')}, tokenizers {tokenizers.__version__}")
    print(f"load Llama-3.1 tokenizer.json: tldr {load_tldr:.3f} s" +
          (f", tokenizers {load_hf:.3f} s" if load_hf is not None else ""))
    print()
    hdr = f"{'corpus':6} {'tokenizer':11} {'threads':>7} {'tldr MB/s':>10} {'cpu/wall':>8} {'peer':>10} {'peer MB/s':>10} {'ratio':>7}"
    print(hdr)
    print("-" * len(hdr))
    results = {}
    for cname, texts in corpora.items():
        mb = sum(len(t.encode()) for t in texts) / 1e6
        for threads in (1, 2):
            for tname, tok in ours.items():
                t_ours = best_time(lambda: tok.encode_batch(texts, num_threads=threads, disallowed_special=()), repeat)
                util = LAST_CPU[0]
                results[(cname, tname, threads)] = (mb / t_ours, util)
                row = f"{cname:6} {tname:11} {threads:7d} {mb / t_ours:10.1f} {util:8.2f}"
                if tname in peers:
                    pname, peer_time = peers[tname]
                    t_peer = peer_time(texts, threads)
                    row += f" {pname:>10} {mb / t_peer:10.1f} {t_peer / t_ours:6.2f}x"
                print(row)
    print()
    # Wall speed-up, and the CPU efficiency of the 2-thread run (MB per CPU-second at 2
    # threads / at 1 thread): on a machine where other processes take CPU, the wall
    # speed-up is capped by cpu/wall, while 2 x efficiency estimates the idle speed-up.
    for cname in corpora:
        for tn in ours:
            (s1, u1), (s2, u2) = results[(cname, tn, 1)], results[(cname, tn, 2)]
            eff = (s2 / u2) / (s1 / u1)
            print(
                f"tldr 1 -> 2 threads, {cname} {tn}: wall {s2 / s1:.2f}x (cpu/wall {u2:.2f}), "
                f"CPU efficiency {eff:.2f} -> idle estimate {2 * eff:.2f}x"
            )


if __name__ == "__main__":
    main()
