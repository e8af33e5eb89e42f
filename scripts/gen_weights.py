"""Generate tldr/data/perturb/weights.lex: the corpus counts behind balanced sampling
(tldr.perturb.count_weights over the COCO val2017 captions in ../shared/data). The same is
`tldr weights CAPTIONS -o weights.lex` for any corpus.

    python scripts/gen_weights.py [--captions PATH] [-o OUT]
"""

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    from tldr.perturb import count_weights, write_weights

    ap = argparse.ArgumentParser()
    ap.add_argument("--captions", default=str(ROOT.parent / "shared/data/captions/coco/captions_val2017.json"))
    ap.add_argument("-o", "--out", default=str(ROOT / "tldr/data/perturb/weights.lex"))
    a = ap.parse_args()
    caps = [c["caption"] for c in json.load(open(a.captions))["annotations"]]
    counts = count_weights(caps)
    write_weights(a.out, counts, f"the {len(caps):,} COCO val2017 captions")
    print(f"{len(counts)} weights from {len(caps)} captions -> {a.out}")


if __name__ == "__main__":
    main()
