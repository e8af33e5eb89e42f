"""TLDRTrainer: ``transformers.Trainer`` for TLDRModel, evaluated with the paper's row.

Training is the Trainer's own: DDP / FSDP / DeepSpeed, gradient accumulation, mixed
precision, checkpoints and resumption all come from ``transformers`` + ``accelerate``
(run with ``torchrun`` or ``accelerate launch`` for several GPUs). What this subclass
changes:

* checkpoints hold the LoRA adapter and the head only (``TLDRModel.save_pretrained``),
  never the frozen backbone, so tied weights (PaliGemma's embed_tokens / lm_head) cannot
  break safetensors, and resuming loads them back (``TLDRModel.load_trained``);
* ``evaluate`` reports, through ``tldr.metrics``: ``loss``, ``A_T``, ``A_S`` (sentences
  end at periods), ``A_R``, ``mAP_neg``, ``mAP_pos`` and ``A_R_<category>`` for each
  category of the examples (``"positive"`` for positives); a naive head reports
  ``loss``, ``A_R`` and ``A_R_<category>`` only (the paper scores it on responses only);
* the data collator defaults to ``TLDRCollator(model.processor)`` and
  ``remove_unused_columns`` is turned off (examples keep their image and text columns).
"""

from __future__ import annotations

import math
import os
import time
from types import SimpleNamespace

import numpy as np
import torch
from transformers import Trainer, TrainingArguments

from ..evaluate import metrics as tm
from .._core import InvalidInputError
from .collator import TLDRCollator
from .model import CONFIG_NAME, TLDRModel

__all__ = ["TLDRTrainer", "paper_training_arguments", "PAPER_HYPERPARAMETERS", "paper_metrics"]

# PAPER.md, "Training": lr 1e-3, cosine schedule, 200 warm-up steps, batch 8 x grad
# accumulation 8; LoRA rank 512, alpha 128, dropout 0.1 (TLDRModel.from_backbone's defaults).
PAPER_HYPERPARAMETERS = {
    "learning_rate": 1e-3,
    "lr_scheduler_type": "cosine",
    "warmup_steps": 200,
    "per_device_train_batch_size": 8,
    "gradient_accumulation_steps": 8,
}


def paper_training_arguments(output_dir, **overrides) -> TrainingArguments:
    """``TrainingArguments`` with the paper's hyper-parameters (``PAPER_HYPERPARAMETERS``)
    and what TLDRTrainer needs (``remove_unused_columns=False``); ``overrides`` win. On
    8 GPUs keep the global batch at 64 with ``gradient_accumulation_steps=1``."""
    kw = dict(PAPER_HYPERPARAMETERS, output_dir=os.fspath(output_dir), remove_unused_columns=False,
              ddp_find_unused_parameters=False, report_to="none")
    kw.update(overrides)
    return TrainingArguments(**kw)


def _category(ex):
    c = ex.get("category") if hasattr(ex, "get") else None
    return "positive" if c is None else str(c)


def paper_metrics(probs, labels, responses, offsets, categories, head="token", threshold=0.5):
    """The paper's metrics of scored responses (lists, one item per response: probs
    (n,), labels (n,) 1/0, response str, offsets (n, 2), category str) as a flat dict."""
    R = len(probs)
    if R == 0:
        raise InvalidInputError("nothing to evaluate: no responses")
    cats = np.asarray(categories, dtype=object).astype(str)
    out = {}
    if head == "naive":
        p = np.array([pr[-1] for pr in probs], np.float64)
        y = np.array([int(np.min(lab)) for lab in labels], np.int8)
        rs = np.arange(R + 1, dtype=np.int64)
        out["A_R"] = tm.response_accuracy(p, y, rs, threshold)
        for c in np.unique(cats):
            m = cats == c
            out[f"A_R_{c}"] = tm.response_accuracy(p[m], y[m], np.arange(int(m.sum()) + 1), threshold)
        return out
    lens = np.array([len(x) for x in probs], np.int64)
    rs = np.zeros(R + 1, np.int64)
    np.cumsum(lens, out=rs[1:])
    p = np.concatenate(probs).astype(np.float64)
    y = np.concatenate(labels).astype(np.int8)

    # ids/offsets/row_splits: what tldr.metrics.sentence_ids reads (ids unused with texts=)
    flat = SimpleNamespace(ids=np.zeros(int(rs[-1]), np.int64), row_splits=rs,
                           offsets=np.concatenate(offsets).reshape(-1, 2).astype(np.int64))
    sid = tm.sentence_ids(flat, texts=list(responses))
    row = tm.paper_row(p, y, rs, sid, threshold)
    out.update(A_T=row.A_T, A_S=row.A_S, A_R=row.A_R, mAP_neg=row.mAP_neg, mAP_pos=row.mAP_pos)
    for c, summ in tm.by_category(p, y, rs, cats, sid, threshold).items():
        if c != "all":
            out[f"A_R_{c}"] = summ["A_R"]
    return out


class TLDRTrainer(Trainer):
    """``transformers.Trainer`` for :class:`TLDRModel` (module docstring).

    Takes the Trainer's arguments; ``data_collator`` defaults to
    ``TLDRCollator(processing_class or model.processor)``. ``threshold``: θ of the
    evaluation metrics (0.5, the paper's)."""

    def __init__(self, model=None, args=None, data_collator=None, train_dataset=None, eval_dataset=None,
                 processing_class=None, threshold=0.5, **kwargs):
        if not isinstance(model, TLDRModel):
            raise InvalidInputError(f"TLDRTrainer trains a tldr.vlm.TLDRModel, got {type(model).__name__}")
        if args is None:
            args = paper_training_arguments("tldr-out")
        if args.remove_unused_columns:
            # the model's forward takes **inputs: Trainer would drop every column
            args.remove_unused_columns = False
        if data_collator is None:
            proc = processing_class if processing_class is not None else model.processor
            if proc is None:
                raise InvalidInputError("pass data_collator= or processing_class= (the backbone's processor)")
            data_collator = TLDRCollator(proc)
        if processing_class is None:
            processing_class = getattr(data_collator, "processor", None)
        self.threshold = float(threshold)
        super().__init__(model=model, args=args, data_collator=data_collator, train_dataset=train_dataset,
                         eval_dataset=eval_dataset, processing_class=processing_class, **kwargs)

    # ------------------------------------------------------------------ checkpoints
    def _save(self, output_dir=None, state_dict=None):
        output_dir = output_dir if output_dir is not None else self.args.output_dir
        if not self.args.should_save:
            return
        os.makedirs(output_dir, exist_ok=True)
        self.accelerator.unwrap_model(self.model).save_pretrained(output_dir, state_dict=state_dict)
        if self.processing_class is not None:
            self.processing_class.save_pretrained(output_dir)
        torch.save(self.args, os.path.join(output_dir, "training_args.bin"))

    def _load_from_checkpoint(self, resume_from_checkpoint, model=None):
        model = self.model if model is None else model
        if not os.path.isfile(os.path.join(resume_from_checkpoint, CONFIG_NAME)):
            raise InvalidInputError(f"{resume_from_checkpoint} is not a TLDRTrainer checkpoint (no {CONFIG_NAME})")
        self.accelerator.unwrap_model(model).load_trained(resume_from_checkpoint)

    def _load_best_model(self):
        self.accelerator.unwrap_model(self.model).load_trained(self.state.best_model_checkpoint)

    # ------------------------------------------------------------------ evaluation
    def _collator(self):
        c = self.data_collator
        if not isinstance(c, TLDRCollator):
            raise InvalidInputError("TLDRTrainer.evaluate needs a TLDRCollator as data_collator")
        return c

    @torch.no_grad()
    def _score_shard(self, dataset, indices):
        """(index, probs, labels, response, offsets, category, loss sum, loss count) of
        this process's share of the evaluation examples."""
        model = self.model
        col = self._collator()
        bs = self.args.per_device_eval_batch_size
        out, loss_sum, loss_n = [], 0.0, 0
        for s in range(0, len(indices), bs):
            idx = indices[s:s + bs]
            exs = [dataset[int(i)] for i in idx]
            batch, rows = col.encode(exs)
            batch = self._prepare_inputs(batch)
            with self.autocast_smart_context_manager():
                o = model(**batch)
            n = len(rows) if self.accelerator.unwrap_model(model).head_kind == "naive" \
                else sum(len(r.labels) for r in rows)
            loss_sum += float(o.loss) * n
            loss_n += n
            logits = o.logits.float().cpu()
            for b, (i, r) in enumerate(zip(idx, rows)):
                p = torch.sigmoid(logits[b, torch.from_numpy(r.positions)]).numpy()
                out.append((int(i), p, r.labels, r.response, r.offsets, _category(exs[b])))
        return out, loss_sum, loss_n

    def evaluate(self, eval_dataset=None, ignore_keys=None, metric_key_prefix="eval"):
        override = eval_dataset is not None
        eval_dataset = eval_dataset if override else self.eval_dataset
        if isinstance(eval_dataset, dict):
            merged = {}
            for name, ds in eval_dataset.items():
                merged.update(self.evaluate(ds, ignore_keys, f"{metric_key_prefix}_{name}"))
            return merged
        if eval_dataset is None:
            raise InvalidInputError("TLDRTrainer.evaluate needs an eval_dataset")
        self._memory_tracker.start()
        start = time.time()
        model = self.model
        was_training = model.training
        model.eval()
        world, rank = self.accelerator.num_processes, self.accelerator.process_index
        try:
            shard, loss_sum, loss_n = self._score_shard(eval_dataset, list(range(rank, len(eval_dataset), world)))
        finally:
            model.train(was_training)
        if world > 1:
            from accelerate.utils import gather_object

            parts = gather_object([(shard, loss_sum, loss_n)])
            shard = [x for part in parts for x in part[0]]
            loss_sum = sum(part[1] for part in parts)
            loss_n = sum(part[2] for part in parts)
        shard.sort(key=lambda t: t[0])
        head = self.accelerator.unwrap_model(model).head_kind
        m = paper_metrics([t[1] for t in shard], [t[2] for t in shard], [t[3] for t in shard],
                          [t[4] for t in shard], [t[5] for t in shard], head, self.threshold)
        metrics = {f"{metric_key_prefix}_loss": loss_sum / max(loss_n, 1)}
        metrics.update({f"{metric_key_prefix}_{k}": float(v) for k, v in m.items()})
        runtime = time.time() - start
        metrics[f"{metric_key_prefix}_runtime"] = round(runtime, 4)
        metrics[f"{metric_key_prefix}_samples_per_second"] = round(len(shard) / runtime, 3) if runtime > 0 else math.nan
        self.log(metrics)
        self.control = self.callback_handler.on_evaluate(self.args, self.state, self.control, metrics)
        self._memory_tracker.stop_and_update_metrics(metrics)
        return metrics
