"""The grounded-world demo (``python -m tldr.world.demo``): TLDR end to end on real pixels.

The README's main job (``./run.sh demo``, ``tldr/demo.py``) stays on the embedded COCO
captions with a simulated backbone; this is the same pipeline on a real (tiny) VLM in the
world of ``tldr.world``, where the truth of every sentence is known. At the training
budget it runs with (about 80 s on two cores), TLDR does not yet learn to find errors in
this world (docs/reproduction.md says what was measured and why); it shows every step on
real pixels.

Everything it needs ships with the package; nothing is downloaded:

1. The world (``tldr.world``): scenes whose every sentence's truth is known. The rule
   engine writes hard negatives of a scene's true caption in the paper's 8 categories,
   every token labelled exactly, and the world's checker says whether each is really false.
2. A tiny real VLM: a shipped world captioner (a ``transformers`` LLaVA: SigLIP vision
   tower, Llama decoder) describes held-out scenes; the checker judges its captions.
3. TLDR (token head + LoRA on the captioner) and the paper's naive reward model (the same,
   scored at the last token) are trained on it by ``tldr.vlm.TLDRTrainer``, the code a GPU
   user runs on PaliGemma.
4. The paper's metrics on held-out scenes (labels by the checker), per category, and the
   captioner's hallucination rates as TLDR predicts them and as they are.
5. A caption of the captioner that TLDR flags: its per-token P(good), the self-correction
   prompt, and ``tldr.LexiconCorrector``'s fix judged by the checker.
6. The fused C training step of the head against NumPy.

Needs the [vlm] and [world] extras (torch, transformers, peft, tokenizers; the test
environment of ``./run.sh test`` has them). ``python -m tldr.world.reproduce`` runs the paper's five
experiments at a larger scale (docs/reproduction.md).
"""

from __future__ import annotations

import time

from ..demo import head_speed, show_labels

# The demo's sizes: about a minute and a half of training on two cores (the reproduction's
# --quick budget: docs/reproduction.md).
TRAIN_SCENES = 700
EVAL_SCENES = 150
RATE_SCENES = 100
STEPS = 110


def _need_extras():
    import importlib.util

    import tldr

    missing = [m for m in ("torch", "transformers", "peft", "accelerate", "tokenizers", "PIL")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise tldr.UnsupportedError(
            f"the demo trains TLDR on a tiny vision-language model and needs the [vlm] and [world] extras "
            f"(missing: {', '.join(missing)}): pip install 'tldr[vlm,world]' (./run.sh test's .venv has them)")


def _scene_summary(scene):
    from collections import Counter

    groups = Counter((o.size, o.color, o.kind if not o.text else f'{o.kind} "{o.text}"') for o in scene.objects)
    return ", ".join(f"{n} {size} {color} {kind}" for (size, color, kind), n in groups.items())


def main(args=None):
    _need_extras()
    import torch

    import tldr
    from tldr.perturb import CATEGORIES
    from tldr.world import Scene, check, describe
    from tldr.world import captioner as C
    from tldr.world import experiments as E
    from tldr.world.data import TLDR_SEEDS, examples, world_perturber
    from tldr.world.reproduce import BACKBONE
    from tldr.world.tokenizer import load as world_tokenizer

    seed = getattr(args, "seed", 0) if args is not None else 0
    torch.set_num_threads(1)     # these models are tiny: one thread is fastest and deterministic
    t_start = time.perf_counter()
    print(f"tldr {tldr.__version__}  (head kernel: {tldr._core.head_isa()}; torch {torch.__version__}, 1 thread)")
    print()

    # 1 -------------------------------------------------------------------------------
    print("1. A world where the truth of every sentence is known (tldr.world)")
    tok = world_tokenizer()
    # a held-out scene (not among the EVAL_SCENES below) whose caption has sites for 7 of the
    # 8 categories
    scene_seed = C.HELD_OUT + 387
    scene = Scene.sample(scene_seed)
    cap = describe(scene, "coco", seed=scene_seed)
    print(f"   scene {scene_seed}: {_scene_summary(scene)}")
    print(f"   its caption: {cap}")
    print("   hard negatives by the rule engine ([brackets]: the tokens labelled bad) and check's verdict:")
    pert = world_perturber(seed)
    for c in CATEGORIES:
        for neg in pert.perturb(cap, category=c, n=1):
            enc, lab = tldr.label_tokens(neg, tok)
            verdict, spans = check(scene, neg.text)
            why = "false: " + ", ".join(repr(neg.text[a:b]) for a, b in spans) if verdict == "false" else \
                f"{verdict} (label noise: the engine calls it bad)" if verdict == "true" else verdict
            print(f"   {c:>14}: {show_labels(neg.text, enc.offsets, lab)}   -> check: {why}")
    t0 = time.perf_counter()
    raw = examples(TRAIN_SCENES, seed=TLDR_SEEDS + seed * 100_000, perturber=pert, per_caption=4)
    train = E.filter_negatives(raw)     # as the reproduction: edits inside "no ..." dropped
    held = [e for e in examples(EVAL_SCENES, seed=C.HELD_OUT, perturber=world_perturber(seed + 1), per_caption=4)
            if e["verdict"] != "unknown"]
    negs = [e for e in train if e["category"]]
    counts = {c: sum(e["category"] == c for e in negs) for c in CATEGORIES}
    false_share = sum(e["verdict"] == "false" for e in negs) / max(1, len(negs))
    print(f"   training data: {TRAIN_SCENES} scenes -> {len(train) - len(negs)} true captions + {len(negs)} engine "
          f"negatives ({len(raw) - len(train)} with their edit inside a negation dropped) in "
          f"{time.perf_counter() - t0:.1f} s; check finds {100 * false_share:.0f}% of the negatives false")
    print("   per category: " + ", ".join(f"{c} {n}" for c, n in counts.items()))
    print()

    # 2 -------------------------------------------------------------------------------
    print(f"2. A tiny real VLM: the shipped world captioner '{BACKBONE}'")
    model, proc, meta = C.load(BACKBONE)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"   {type(model).__name__}: SigLIP tower + Llama decoder, {n_params:,} parameters, 64x64 pixels")
    scenes = [Scene.sample(C.HELD_OUT + 100_000 + k) for k in range(RATE_SCENES)]
    images = [s.render(64) for s in scenes]
    caps = C.caption(model, proc, images, style="coco")
    verdicts = [check(s, c)[0] for s, c in zip(scenes, caps)]
    for s, c, v in list(zip(scenes, caps, verdicts))[:4]:
        print(f"   scene {s.seed}: {c!r:58} -> check: {v}")
    print(f"   {verdicts.count('false')} of its {len(caps)} captions of held-out scenes are false")
    print()

    # 3 -------------------------------------------------------------------------------
    print("3. TLDR (token head + LoRA) and the naive RM (last token) on it, by tldr.vlm.TLDRTrainer")
    s = E.TrainSettings(steps=STEPS, seed=seed)
    t0 = time.perf_counter()
    det, loss = E.train_detector(BACKBONE, train, s, head="token")
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    naive, _ = E.train_detector(BACKBONE, train, s, head="naive")
    t_naive = time.perf_counter() - t0
    print(f"   LoRA rank {s.lora_rank} on the projector and decoder, {s.steps} steps of {s.batch_size} examples: "
          f"TLDR in {t_tok:.0f} s, naive in {t_naive:.0f} s")
    print()

    # 4 -------------------------------------------------------------------------------
    print(f"4. Held-out scenes at threshold 0.5 (labels by check; {len(held)} responses)")
    sc = E.score(det, held)
    row = tldr.metrics.paper_row(sc.batch.probs, sc.labels, sc.batch.row_splits, sc.batch.sentence_ids)
    t_row = E.table_row(sc)
    n_row = E.table_row(E.score(naive, held), head="naive")
    print(f"   TLDR     : {row}")
    print(f"   naive RM : A_R {100 * n_row['response_accuracy']:5.1f}")
    print("   A_R by category (TLDR | naive):")
    for c, v in t_row["response_accuracy_by_category"].items():
        print(f"   {c:>15}: {100 * v:5.1f} | {100 * n_row['response_accuracy_by_category'][c]:5.1f}   "
              f"({t_row['responses_by_category'][c]} responses)")
    rates, kept = E.captioner_rates(det, [BACKBONE], RATE_SCENES, seed=C.HELD_OUT + 100_000, images=images)
    r = rates[0]
    print(f"   the captioner's hallucination rates: token {100 * r['predicted_token_rate']:.1f}% "
          f"(true {100 * r['true_token_rate']:.1f}%), response {100 * r['predicted_response_rate']:.1f}% "
          f"(true {100 * r['true_response_rate']:.1f}%)")
    print()

    # 5 -------------------------------------------------------------------------------
    print("5. Flag the suspicious words of a caption and correct them")
    sc_k, im_k, cap_k, scores = kept[BACKBONE]
    false_ = [i for i, (s_, c_) in enumerate(zip(sc_k, cap_k)) if check(s_, c_)[0] == "false"]
    flagged = [i for i in false_ if (scores[i].probs < 0.5).any()]
    if not flagged:
        print(f"   TLDR flags no word of the captioner's {len(false_)} false captions at P(good) < 0.5 "
              "(docs/reproduction.md: at this training budget it has not learnt to); the first one:")
    i = (flagged or false_ or [None])[0]
    if i is not None:
        x = scores[i]
        verdict, spans = check(sc_k[i], cap_k[i])
        print(f"   scene {sc_k[i].seed}: {_scene_summary(sc_k[i])}")
        print(f"   caption : {cap_k[i]}   (check blames: {', '.join(repr(cap_k[i][a:b]) for a, b in spans)})")
        print("   P(good) : " + " ".join(f"{cap_k[i][a:b].strip()}={p:.2f}" for (a, b), p in zip(x.offsets, x.probs)))
    if flagged:
        print("   prompt  :")
        for line in tldr.correction_prompt(cap_k[i], x.flag_spans(0.5)).splitlines():
            print(f"     {line}")
        fix = E.self_correction(det, [sc_k[i]], [im_k[i]], [cap_k[i]])
        res = E.self_correction(det, sc_k[:40], im_k[:40], cap_k[:40])
        after = fix["examples"][0]["after"] if fix["examples"] else cap_k[i]
        print(f"   tldr.LexiconCorrector: {after!r} -> check: {check(sc_k[i], after)[0]}")
        print(f"   over 40 captions: {100 * res['error_rate_before']:.0f}% false before, "
              f"{100 * res['error_rate_after']:.0f}% after (win {res['win']}, tie {res['tie']}, loss {res['loss']})")
    print()

    # 6 -------------------------------------------------------------------------------
    head_speed("6")
    print()
    print(f"Done in {time.perf_counter() - t_start:.0f} s. `python -m tldr.world.reproduce --out DIR` runs the "
          "paper's experiments (docs/reproduction.md).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
