"""Regenerate tldr/data/world/tokenizer.json (the world's byte-level BPE; deterministic).

    python scripts/train_world_tokenizer.py [--scenes 4000] [--out tldr/data/world/tokenizer.json]
"""

import argparse

from tldr.world import tokenizer as wt


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenes", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--vocab-size", type=int, default=wt.VOCAB_SIZE)
    ap.add_argument("--out", default=wt.TOKENIZER_PATH)
    args = ap.parse_args(argv)
    texts = wt.corpus(args.scenes, args.seed)
    tok = wt.train(texts, args.vocab_size)
    tok.save(args.out, pretty=False)
    lens = [len(tok.encode(t).ids) for t in texts[:2000]]
    print(f"{args.out}: {tok.get_vocab_size()} ids from {len(texts)} texts; "
          f"mean {sum(lens) / len(lens):.1f} tokens per text")


if __name__ == "__main__":
    main()
