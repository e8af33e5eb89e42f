"""report.md of a reproduction run: its results.json as tables, beside the paper's numbers."""

import math

__all__ = ["report_markdown", "PAPER"]

# The paper's PaliGemma-3B numbers (PAPER.md, "Paper results to compare against").
PAPER = {
    "tldr": {"token_accuracy": 98.6, "sentence_accuracy": 86.5, "response_accuracy": 83.1, "map_neg": 41.3,
             "map_pos": 99.8},
    "naive": {"response_accuracy": 81.1},
    "by_category": {  # A_R, naive -> TLDR
        "spatial": (74.1, 60.2), "attribute": (89.8, 89.8), "binding": (88.1, 90.6), "object": (73.2, 90.6),
        "counting": (71.0, 73.9), "small_object": (79.0, 75.0), "ocr": (82.6, 86.5),
        "counterfactual": (87.3, 90.0),
    },
}
MODEL_NAMES = {"tldr": "TLDR (engine labels)", "tldr_checked": "TLDR (check's labels)", "naive": "naive RM",
               "blind": "blind TLDR (blank images)"}


def _pc(x, digits=1):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{100 * x:.{digits}f}"


def report_markdown(r):
    """The run's report as Markdown (numbers in %, as the paper prints them)."""
    m = r.get("machine", {})
    b = r["settings"]["budget"]
    t = b["train"]
    out = [f"# TLDR reproduced in the world ({r['budget']} run)", ""]
    out.append(f"`python -m tldr.world.reproduce --out DIR{' --quick' if r['budget'] == 'quick' else ''} "
               f"--seed {r['seed']}`: {r['seconds']:.0f} s wall, {r['cpu_seconds']:.0f} s CPU, "
               f"{r['settings']['threads']} torch thread(s), on {m.get('cpu', '?')} ({m.get('cores', '?')} cores, "
               f"load average {m.get('load_average_before')} before, {m.get('load_average_after')} after); "
               f"torch {m.get('torch')}, tldr {m.get('tldr')}.")
    out.append("")
    out.append(f"Backbone: the world captioner `{r['backbone']}` (a LLaVA: SigLIP tower, Llama decoder). "
               f"Detectors: LoRA rank {t['lora_rank']} / alpha {t['lora_alpha']:g} on the projector and decoder and "
               f"a head, {t['steps']} steps of batch {t['batch_size']}, lr {t['lr']:g} (cosine), by "
               f"`tldr.vlm.TLDRTrainer` on {r['train_examples']} examples of {b['train_scenes']} scenes (a true "
               f"caption and up to {b['per_caption']} engine negatives each; "
               f"{r.get('train_negatives_filtered', 0)} negatives with their edit inside a negation dropped by "
               "`filter_negatives`; bad tokens: the words of the engine's edits, without number agreement, "
               "`content_spans`). Every number below is on held-out "
               "scenes, with `tldr.world.check` as the truth, computed by `tldr.metrics` / "
               "`tldr.hallucination_rates`.")
    out.append("")

    # ---- Table 1
    out += ["## 1. TLDR against the naive reward model (Table 1)", "",
            "| model | A_T | A_S | A_R | mAP(neg) | mAP(pos) | response AUC | A_R at θ_val (θ_val) |",
            "|---|---|---|---|---|---|---|---|"]
    for k in ("tldr", "tldr_checked", "naive", "blind"):
        if k in r:
            x = r[k]
            cal = (f"{_pc(x['response_accuracy_calibrated'])} ({x['calibrated_threshold']:.3f})"
                   if "calibrated_threshold" in x else "")
            out.append(f"| {MODEL_NAMES[k]} | {_pc(x['token_accuracy'])} | {_pc(x['sentence_accuracy'])} | "
                       f"{_pc(x['response_accuracy'])} | {_pc(x['map_neg'])} | {_pc(x['map_pos'])} | "
                       f"{_pc(x.get('response_auc'))} | {cal} |")
    p = PAPER["tldr"]
    out.append(f"| paper, PaliGemma TLDR (DOCCI) | {p['token_accuracy']} | {p['sentence_accuracy']} | "
               f"{p['response_accuracy']} | {p['map_neg']} | {p['map_pos']} | | |")
    out.append(f"| paper, naive | | | {PAPER['naive']['response_accuracy']} | | | | |")
    out += ["", "The naive RM gives one score per response (its last token's); its token metrics give that "
            "score to every token. A_S equals A_R for one-sentence captions. Response AUC: how well the "
            "response score (the smallest token P(good); the naive RM's last-token P(good)) separates bad "
            "responses from good ones, whatever the threshold. θ_val: the response threshold that maximises "
            "A_R on engine-labelled examples of validation scenes drawn after the training scenes (never "
            "held-out ones); the other columns use the paper's θ = 0.5.", ""]
    cats = list(r["tldr"]["response_accuracy_by_category"])
    heads = [k for k in ("naive", "tldr", "tldr_checked", "blind") if k in r]
    out.append("| category | n | " + " | ".join(MODEL_NAMES[k] for k in heads) + " | paper naive -> TLDR |")
    out.append("|---|---|" + "---|" * len(heads) + "---|")
    for c in cats:
        n = r["tldr"].get("responses_by_category", {}).get(c, "")
        pp = PAPER["by_category"].get(c)
        out.append(f"| {c} | {n} | " + " | ".join(_pc(r[k]["response_accuracy_by_category"].get(c)) for k in heads)
                   + f" | {f'{pp[0]} -> {pp[1]}' if pp else ''} |")
    out.append("")

    # ---- Table 3
    out += ["## 2. Hallucination rates of the captioners (Table 3)", "",
            f"Each captioner describes {b['rate_scenes']} held-out scenes (greedy, COCO style); TLDR scores the "
            "captions with their images; `check` gives the true rates.", "",
            "| captioner | params | TLDR token % | true token % | TLDR sentence % | true sentence % | "
            "TLDR response % | true response % | distinct captions |",
            "|---|---|---|---|---|---|---|---|---|"]
    for x in r["rates"]:
        out.append(f"| {x['name']} | {x['params']:,} | {_pc(x['predicted_token_rate'])} | "
                   f"{_pc(x['true_token_rate'])} | {_pc(x['predicted_sentence_rate'])} | "
                   f"{_pc(x['true_sentence_rate'])} | {_pc(x['predicted_response_rate'])} | "
                   f"{_pc(x['true_response_rate'])} | {x['distinct_captions']} |")
    out.append("")
    out.append(f"Pearson r of predicted and true token rates: **{r['rate_pearson_r']:.3f}** "
               f"({len(r['rates'])} captioners).")
    if r.get("rate_fit"):
        f = r["rate_fit"]
        out.append(f"The paper's fit, the share of true captions against -ln(predicted token rate): "
                   f"r = {f['r']:.3f} (p = {f['p_value']:.2g}), score = {f['slope']:.2f} x + "
                   f"{f['intercept']:.2f} (paper, MMMU of 10 VLMs: r = 0.902).")
    out.append("")

    # ---- self-correction
    s = r["self_correction"]
    out += ["## 3. Self-correction", "",
            f"{s['n_captions']} captions of `{r['backbone']}`; TLDR flags {s['flagged']}; "
            "`tldr.LexiconCorrector` replaces flagged words by the world's word classes where TLDR prefers "
            "the result; `check` judges.", "",
            "| captions false before | after | win | tie | loss |", "|---|---|---|---|---|",
            f"| {_pc(s['error_rate_before'])}% | {_pc(s['error_rate_after'])}% | {s['win']} | {s['tie']} | "
            f"{s['loss']} |", ""]
    for e in s.get("examples", [])[:5]:
        out.append(f"- {e['outcome']}: \"{e['before']}\" -> \"{e['after']}\"")
    out.append("")

    # ---- tau-merge
    out += ["## 4. Merging the TLDR LoRA into the captioner (tau-merge)", "",
            f"`TLDRModel.merge(tau)` into `{r['backbone']}`; greedy captions of {b['merge_scenes']} held-out "
            "scenes (unreadable: captions the checker cannot read, neither true nor false).", "",
            "| tau | captions false % | unreadable % | tokens false % | distinct captions |", "|---|---|---|---|---|"]
    for x in r["tau_merge"]:
        out.append(f"| {x['tau']:g} | {_pc(x['true_error_rate'])} | {_pc(x['unknown_rate'])} | "
                   f"{_pc(x['true_token_error_rate'])} | {x['distinct_captions']} |")
    out.append("")

    # ---- noise
    out += ["## 5. Label noise of the perturbation engine", "",
            f"One engine negative per category of the COCO-style captions of {b['noise_scenes']} held-out scenes; "
            "the share `check` finds false (the rest is label noise or unreadable).", "",
            "| category | balanced (world weights): n | false % | unbalanced: n | false % |", "|---|---|---|---|---|"]
    for c, v in r["engine_false_share"].items():
        nb = r["engine_noise"]["balanced"][c]["n"]
        nu = r["engine_noise"]["unbalanced"][c]["n"]
        out.append(f"| {c} | {nb} | {_pc(v['balanced'])} | {nu} | {_pc(v['unbalanced'])} |")
    out.append("")

    if r.get("figures"):
        out += ["## Figures", ""] + [f"![{f}]({f})" for f in r["figures"]] + [""]
    if r.get("figures_skipped"):
        out += [r["figures_skipped"], ""]
    out += ["## Time per stage", "", "| stage | wall s | CPU s |", "|---|---|---|"]
    for k, v in r.get("timings", {}).items():
        out.append(f"| {k} | {v['seconds']} | {v['cpu_seconds']} |")
    out.append("")
    return "\n".join(out)
