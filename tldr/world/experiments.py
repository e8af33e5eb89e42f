"""The paper's experiments in the world, each a function over a TLDR model (``tldr.vlm``).

Every detector is a ``tldr.vlm.TLDRModel`` on a shipped world captioner, trained by
``tldr.vlm.TLDRTrainer`` (the code a GPU user runs on PaliGemma), and every number comes
from ``tldr.metrics`` / ``tldr.hallucination_rates`` on held-out scenes, with the
labels of ``tldr.world.check`` as the truth:

* :func:`train_detector`      TLDR (token head), the naive RM (last-token head), a blind
                              TLDR (blank images): same backbone, data, steps and seed;
* :func:`table_row`           A_T, A_S, A_R, mAP(neg|pos) and A_R per category (Table 1);
* :func:`captioner_rates`     each captioner's predicted and true hallucination rates (Table 3);
* :func:`self_correction`     flagged words -> ``tldr.LexiconCorrector`` -> judged by check;
* :func:`tau_merge`           the LoRA merged into the captioner at tau -> its true error rate.

Needs the [vlm] and [world] extras (torch, transformers, peft, tokenizers).
"""

import dataclasses
import os
import re
import tempfile

import numpy as np

from . import captioner as C
from . import vocab
from .check import check
from .scene import Scene

__all__ = ["TrainSettings", "filter_negatives", "relabel_by_check", "train_detector", "score", "table_row",
           "response_auc", "calibrate_threshold", "accuracy_at",
           "captioner_rates", "world_word_classes", "self_correction", "tau_merge", "caption_truth"]


@dataclasses.dataclass
class TrainSettings:
    """How a detector is trained (the same for TLDR, naive and blind). The paper's LoRA is
    rank 512 / alpha 128 on a 2,048-wide decoder; the world decoders are 64-128 wide, so
    the rank is scaled down and the learning rate up (a tiny model trained for a few
    hundred steps, not 12,000)."""

    steps: int = 300
    batch_size: int = 32
    lr: float = 3e-3
    warmup_steps: int = 30
    lora_rank: int = 16
    lora_alpha: float = 32.0
    lora_dropout: float = 0.0
    seed: int = 0
    # weight of a bad token's loss against a good one's (TLDRModel's bad_token_weight; 1:
    # the paper's loss; the naive RM gets the same weight on its bad responses)
    bad_token_weight: float = 1.0


# ---- data ------------------------------------------------------------------------------

def relabel_by_check(examples):
    """Examples whose labels are the checker's instead of the engine's: a negative that is
    true in its scene becomes a positive (no bad span), a false one gets the spans check
    blames, an unknown one is dropped."""
    out = []
    for e in examples:
        if e["verdict"] == "unknown":
            continue
        out.append(dict(e, bad_spans=list(e["true_spans"]) if e["verdict"] == "false" else []))
    return out


# An engine edit of an object, colour, size, count or binding inside a negated phrase
# ("There are no cats." -> "There are no dogs.") asserts another absence, which is true in
# most scenes: 274 of the 294 such negatives of 700 training scenes are true (95% of all
# true negatives there, against 20 false ones). Absence is the counterfactual rule's job.
_NEGATION = re.compile(r"\b(?:no|not|without)\b", re.IGNORECASE)


def filter_negatives(examples):
    """Training examples without the engine negatives whose edit lies in a negated phrase
    (a "no", "not" or "without" earlier in the edit's sentence), except counterfactual
    ones: a text-only filter, the world's stand-in for the paper's second LLM pass (which
    discards negatives that are not what their category asks for). Positives stay."""
    out = []
    for e in examples:
        if e["category"] and e["category"] != "counterfactual" and e["bad_spans"]:
            head = e["response"][:min(a for a, _ in e["bad_spans"])]
            if _NEGATION.search(head[head.rfind(".") + 1:]):
                continue
        out.append(e)
    return out


def _blank(examples, size=64):
    from .data import blank_image

    img = blank_image(size)
    return [dict(e, image=img) for e in examples]


# ---- training --------------------------------------------------------------------------

def train_detector(backbone, examples, settings, *, head="token", blind=False, out_dir=None):
    """A TLDRModel (head "token" or "naive") with new LoRA weights on a fresh copy of the
    captioner ``backbone`` (a shipped name or a directory), trained by TLDRTrainer on
    ``examples`` (blind=True: on blank images). Returns (model, train loss)."""
    import transformers

    from tldr.vlm import TLDRModel, TLDRTrainer

    model, proc, _ = C.load(backbone)
    det = TLDRModel.from_backbone(model, lora_rank=settings.lora_rank, lora_alpha=settings.lora_alpha,
                                  lora_dropout=settings.lora_dropout, head=head, processor=proc,
                                  seed=settings.seed, bad_token_weight=settings.bad_token_weight)
    data = _blank(examples) if blind else list(examples)
    with tempfile.TemporaryDirectory() as tmp:
        args = transformers.TrainingArguments(
            output_dir=out_dir or tmp, max_steps=settings.steps, per_device_train_batch_size=settings.batch_size,
            learning_rate=settings.lr, lr_scheduler_type="cosine", warmup_steps=settings.warmup_steps,
            weight_decay=0.0, seed=settings.seed, data_seed=settings.seed, use_cpu=True,
            dataloader_num_workers=0, save_strategy="no", logging_strategy="no", report_to="none",
            disable_tqdm=True, remove_unused_columns=False, log_level="error")
        # torch's RNG drives the Trainer's shuffling (seeded by it) and nothing else here.
        out = TLDRTrainer(det, args, train_dataset=data).train()
    det.eval()
    return det, float(out.training_loss)


# ---- scoring and Table 1 ---------------------------------------------------------------

@dataclasses.dataclass
class Scored:
    """Scores of R responses as the flat arrays tldr.metrics takes (ScoredBatch) plus their
    labels (N,) int8 from check, categories (R,) and the response-level P(good) (R,)."""

    batch: object
    labels: np.ndarray
    categories: np.ndarray
    response_probs: np.ndarray


def score(det, examples, *, blind=False, batch_size=64):
    """Score examples (each with image, prompt, response, true_spans, category) with a
    detector; labels come from the checker's spans (the truth), not the engine's."""
    from tldr.perturb import span_labels
    from tldr.vlm import stack_scores

    data = _blank(examples) if blind else examples
    sc = det.score([e["image"] for e in data], [e["response"] for e in data], [e["prompt"] for e in data],
                   batch_size=batch_size, progress=False)
    labels = np.concatenate([span_labels(s.offsets, e["true_spans"]) for s, e in zip(sc, examples)]
                            ).astype(np.int8)
    cats = np.array([e["category"] or "positive" for e in examples], dtype=object).astype(str)
    return Scored(stack_scores(sc), labels, cats, np.array([s.response_prob for s in sc], np.float64))


def table_row(scored, head="token"):
    """The paper's row (fractions) and A_R per category, all by tldr.metrics. The naive RM
    gives one score per response (its last token's): every token of the response gets it,
    so its token metrics are what a response-level judgement says about each token and
    its A_R is the paper's."""
    import tldr

    b = scored.batch
    probs = b.probs
    if head == "naive":
        probs = np.repeat(scored.response_probs, np.diff(b.row_splits)).astype(np.float32)
    row = tldr.metrics.paper_row(probs, scored.labels, b.row_splits, b.sentence_ids)
    per = tldr.metrics.by_category(probs, scored.labels, b.row_splits, scored.categories, b.sentence_ids)
    return {
        "token_accuracy": row.A_T, "sentence_accuracy": row.A_S, "response_accuracy": row.A_R,
        "map_neg": row.mAP_neg, "map_pos": row.mAP_pos,
        "response_accuracy_by_category": {c: v["A_R"] for c, v in per.items() if c != "all"},
        "responses_by_category": {c: v["n_responses"] for c, v in per.items() if c != "all"},
        "n_responses": row.n_responses, "n_tokens": row.n_tokens,
        "response_auc": response_auc(scored),
        # what a constant detector scores: A_T of "every token good", and the share of
        # responses holding a bad token (A_R of "every response bad")
        "good_token_share": float((scored.labels == 1).mean()) if len(scored.labels) else float("nan"),
        "bad_response_share": float(np.mean([(scored.labels[a:z] == 0).any() for a, z in
                                             zip(b.row_splits[:-1], b.row_splits[1:])])) if row.n_responses
        else float("nan"),
    }


def _response_truth(scored):
    """(R,) bool: the response holds a bad token (by the scored labels)."""
    b = scored.batch
    return np.array([(scored.labels[a:z] == 0).any() for a, z in zip(b.row_splits[:-1], b.row_splits[1:])], bool)


def response_auc(scored):
    """ROC AUC of the response score (P(good): the smallest token probability of the token
    head, the last token's of the naive head) for telling bad responses from good ones:
    the chance that a bad response scores below a good one (ties count half). It does not
    depend on a threshold, so it compares detectors whose operating points differ. NaN
    without both kinds of response."""
    bad = _response_truth(scored)
    s = np.asarray(scored.response_probs, np.float64)
    good_s = np.sort(s[~bad])
    if not bad.any() or not len(good_s):
        return float("nan")
    above = len(good_s) - np.searchsorted(good_s, s[bad], side="right")
    ties = np.searchsorted(good_s, s[bad], side="right") - np.searchsorted(good_s, s[bad], side="left")
    return float((above + 0.5 * ties).sum() / (bad.sum() * len(good_s)))


def calibrate_threshold(scored):
    """The response threshold (P(good) below it: bad) that maximises A_R on ``scored``, a
    validation set of TRAINING scenes labelled by the engine (never held-out scenes): the
    paper's θ = 0.5 assumes the detector's probabilities are calibrated, and trained on
    rare bad tokens they are not. The midpoint between two neighbouring scores; among
    equally good thresholds the one nearest 0.5."""
    bad = _response_truth(scored)
    s = np.asarray(scored.response_probs, np.float64)
    u = np.unique(s)
    cands = np.concatenate([[0.0], (u[:-1] + u[1:]) / 2, [1.0 + 1e-9]]) if len(u) else np.array([0.5])
    acc = np.array([np.mean((s < t) == bad) for t in cands])
    best = np.flatnonzero(acc == acc.max())
    return float(cands[best[np.argmin(np.abs(cands[best] - 0.5))]])


def accuracy_at(scored, threshold):
    """A_R with the response threshold ``threshold`` on the response score (P(good) below
    it: bad); at 0.5 it equals table_row's A_R."""
    return float(np.mean((np.asarray(scored.response_probs) < threshold) == _response_truth(scored)))


# ---- hallucination rates of the captioners (Table 3) -----------------------------------

def caption_truth(scenes, captions, scores):
    """Token labels (N,) int8 of scored captions from check, and the verdicts."""
    from tldr.perturb import span_labels

    labels, verdicts = [], []
    for sc, cap, s in zip(scenes, captions, scores):
        v, spans = check(sc, cap)
        verdicts.append(v)
        labels.append(span_labels(s.offsets, spans))
    return np.concatenate(labels).astype(np.int8) if labels else np.zeros(0, np.int8), verdicts


def captioner_rates(det, names, n_scenes, *, seed=C.HELD_OUT, images=None):
    """For each captioner: greedy COCO-style captions of n_scenes held-out scenes, the
    detector's predicted hallucination rates of them and their true rates by check (both
    by tldr.hallucination_rates: the true rate scores each token 1 or 0 by its label).
    Returns ([row per captioner], {name: (scenes, images, captions, scores)})."""
    import tldr
    from tldr.vlm import stack_scores

    scenes = [Scene.sample(seed + k) for k in range(n_scenes)]
    images = images or [s.render(64) for s in scenes]
    rows, kept = [], {}
    for name in names:
        model, proc, meta = C.load(name)
        caps = C.caption(model, proc, images, style="coco")
        keep = [i for i, c in enumerate(caps) if c.strip()]     # an empty caption has no token to score
        sc_k, im_k, cap_k = [scenes[i] for i in keep], [images[i] for i in keep], [caps[i] for i in keep]
        scores = det.score(im_k, cap_k, C.PROMPTS["coco"], batch_size=64, progress=False)
        b = stack_scores(scores)
        labels, verdicts = caption_truth(sc_k, cap_k, scores)
        pred = tldr.hallucination_rates(b.probs, b.row_splits, b.sentence_ids)
        true = tldr.hallucination_rates(labels.astype(np.float32), b.row_splits, b.sentence_ids)
        row = tldr.metrics.paper_row(b.probs, labels, b.row_splits, b.sentence_ids)
        rows.append({
            "name": name, "params": sum(p.numel() for p in model.parameters()),
            "steps": (meta.get("config") or {}).get("steps"),
            "predicted_token_rate": pred.token, "predicted_sentence_rate": pred.sentence,
            "predicted_response_rate": pred.response,
            "true_token_rate": true.token, "true_sentence_rate": true.sentence, "true_response_rate": true.response,
            "unknown_share": verdicts.count("unknown") / max(1, len(verdicts)),
            "empty_captions": len(caps) - len(keep), "distinct_captions": len(set(caps)),
            "detector_map_neg": row.mAP_neg, "detector_token_accuracy": row.A_T,
            "n_captions": len(keep),
        })
        kept[name] = (sc_k, im_k, cap_k, scores)
    return rows, kept


def rate_correlation(rows):
    """Pearson r of predicted and true token rates across captioners, and the paper's fit:
    tldr.rate_vs_benchmark of the predicted token rates against a task score, here the
    share of a captioner's captions that are true (%, by check) in place of MMMU."""
    import tldr

    pred = np.array([r["predicted_token_rate"] for r in rows])
    true = np.array([r["true_token_rate"] for r in rows])
    out = {"rate_pearson_r": float("nan"), "rate_fit": None}
    if len(rows) >= 2 and pred.std() > 0 and true.std() > 0:
        out["rate_pearson_r"] = float(np.corrcoef(pred, true)[0, 1])
    task = np.array([100.0 * (1.0 - r["true_response_rate"]) for r in rows])
    if len(rows) >= 3 and np.all(pred > 0) and task.std() > 0 and pred.std() > 0:
        fit = tldr.rate_vs_benchmark(pred, task)
        out["rate_fit"] = {"r": fit.r, "p_value": fit.p_value, "slope": fit.slope, "intercept": fit.intercept,
                           "task_score": "true captions, % (check)"}
    return out


# ---- self-correction --------------------------------------------------------------------

def world_word_classes():
    """Word classes of the world's caption language for tldr.LexiconCorrector: colours,
    counts, kinds (singular, plural), sizes, directions, places."""
    kinds = sorted(vocab.KINDS)
    return {
        "colour": sorted(vocab.COLORS),
        "count": ["two", "three", "four", "five"],
        "kind": kinds,
        "kinds": [vocab.plural(k) for k in kinds],
        "size": ["small", "large"],
        "left_right": ["left", "right"],
        "above_below": ["above", "below"],
        "top_bottom": ["top", "bottom"],
        # no near/far class: "next to" and "far from" differ in two words, and a
        # one-word swap ("far to") is not in the world's language
    }


def _badness(scene, text, tokenizer):
    """How wrong a caption is by check: 0 true, its blamed-token share if false, 1 if the
    checker cannot read it (a correction must not make a caption unreadable)."""
    from .captioner import truth_labels

    v, lab = truth_labels(scene, text, tokenizer)
    if v == "true":
        return 0.0, v
    if v == "unknown":
        return 1.0, v
    return float((lab == 0).mean()) if len(lab) else 1.0, v


def self_correction(det, scenes, images, captions, *, threshold=0.5):
    """TLDR-guided correction of captions: tldr.self_correct flags each caption's words with
    the detector and hands the flagged ones to tldr.LexiconCorrector (which tries the
    world's word classes on each flagged word and keeps what the detector prefers); check
    judges each corrected caption against its original (win: less wrong, tie, loss).
    Returns the true response error rates before and after over all captions and the
    win/tie/loss counts over the flagged ones."""
    import tldr

    from .tokenizer import load

    tok = load()
    classes = world_word_classes()
    prompt = C.PROMPTS["coco"]
    wins = {"win": 0, "tie": 0, "loss": 0}
    after, examples = [], []
    n_flagged = 0
    for scene, img, cap in zip(scenes, images, captions):
        one = det.score_fn([img], prompt, progress=False)

        def many(texts, img=img):
            return [(s.offsets, s.probs) for s in det.score([img] * len(texts), texts, prompt, progress=False)]

        # the classes as a list of word lists: LexiconCorrector reads a mapping as
        # word -> alternatives (the class names would be the only words it knows)
        corrector = tldr.LexiconCorrector(many, list(classes.values()), threshold=threshold)

        def judge(orig, new, scene=scene):
            b0, b1 = _badness(scene, orig, tok)[0], _badness(scene, new, tok)[0]
            return "win" if b1 < b0 else "loss" if b1 > b0 else "tie"

        res = tldr.self_correct([cap], one, corrector, judge, threshold=threshold)
        after.append(res.texts[0])
        if res.flagged[0]:
            n_flagged += 1
            wins[res.outcomes[0]] += 1
            if len(examples) < 8 and res.texts[0] != cap:
                examples.append({"before": cap, "after": res.texts[0], "outcome": res.outcomes[0]})
    before_false = [check(s, c)[0] == "false" for s, c in zip(scenes, captions)]
    after_false = [check(s, c)[0] == "false" for s, c in zip(scenes, after)]
    n = max(1, len(captions))
    return {"error_rate_before": sum(before_false) / n, "error_rate_after": sum(after_false) / n,
            "flagged": n_flagged, "n_captions": len(captions), "examples": examples, **wins}


# ---- tau-merge --------------------------------------------------------------------------

def tau_merge(det, taus, n_scenes, *, seed=C.HELD_OUT):
    """The detector's LoRA merged into its captioner at each tau (TLDRModel.merge): the
    merged captioner's greedy captions of n_scenes held-out scenes and their true response
    and token error rates by check."""
    scenes = [Scene.sample(seed + k) for k in range(n_scenes)]
    images = [s.render(64) for s in scenes]
    proc = det.processor
    out = []
    for tau in taus:
        merged = det.merge(tau)
        merged.eval()
        caps = C.caption(merged, proc, images, style="coco")
        ev = C.evaluate(merged, proc, n_scenes, seed=seed, captions=caps)
        out.append({"tau": float(tau), "true_error_rate": ev["response_error_rate"],
                    "true_token_error_rate": ev["token_error_rate"], "unknown_rate": ev["unknown_rate"],
                    "distinct_captions": len(set(caps)), "examples": caps[:3]})
        del merged
    return out


def save_detector(det, path):
    """Write a detector (LoRA adapter + head, safetensors) for later use."""
    os.makedirs(path, exist_ok=True)
    det.save_pretrained(path)
