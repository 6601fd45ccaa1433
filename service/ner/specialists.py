"""Language specialists: a language's own top layers over a base model's shared bottom.

A specialist folder (models/ner-uk) holds only the upper encoder layers and
the classifier, trained on one language's corpora over the base model's frozen lower layers
(models/specialize_ner.py). Its config.json names the base folder, the language and the first
layer it replaces; loading puts its weights over the base's, so it is a whole model that the
int8 build and both backends treat like any other. `LanguageRouter` reads each text with the
specialist of its language and every other text with the base model, so no other language's
output changes. Why: one 384-wide encoder shared by twelve languages stayed 2-4 F1 points
under the Turkish and Ukrainian targets however long it trained (models/README.md).

A specialist's weight matrices are stored as its base's plus a low-rank change
(`<name>.delta_a` @ `<name>.delta_b`): fine-tuning moved them by 1-6% and rank 128 keeps the
Ukrainian specialist's validation F1 (0.877 -> 0.878) at half the size, so several languages
fit in the models/ budget.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..domain import Mention

KEY = "specialist"  # the config.json entry that makes a model folder a specialist
DELTA_A, DELTA_B = ".delta_a", ".delta_b"


@dataclass(frozen=True)
class Spec:
    base: Path         # the base model folder whose lower layers it reads
    language: str      # ISO 639-1 code of the texts it reads
    first_layer: int   # the encoder layers from this one up are its own


def read_spec(model_dir: Path) -> Optional[Spec]:
    """The specialist entry of a model folder, or None for a whole model."""
    config = Path(model_dir) / "config.json"
    if not config.exists():
        return None
    spec = json.loads(config.read_text(encoding="utf-8")).get(KEY)
    if not spec:
        return None
    return Spec((Path(model_dir).parent / spec["base"]).resolve(), spec["language"], int(spec["first_layer"]))


def weight_dirs(model_dir: Path) -> list[Path]:
    """The folders whose weights make up the model, base first."""
    spec = read_spec(model_dir)
    return [spec.base, Path(model_dir)] if spec else [Path(model_dir)]


def vocab_dir(model_dir: Path) -> Path:
    """The folder whose subword vocabulary the model reads (a specialist ships none)."""
    return weight_dirs(model_dir)[0]


def merge(state: dict, stored: dict) -> None:
    """Puts a model folder's stored tensors over `state` (its base's, already there), as float32;
    a low-rank pair becomes the base's matrix plus its product."""
    for key, value in stored.items():
        if key.endswith(DELTA_A):
            name = key[:-len(DELTA_A)]
            if name not in state:
                raise RuntimeError(f"{name} is stored as a change to a base weight the base does not have")
            state[name] = state[name].float() + value.float() @ stored[name + DELTA_B].float()
        elif not key.endswith(DELTA_B):
            state[key] = value.float()


def find(base_dir: Path, languages: Optional[frozenset] = None) -> dict[str, Path]:
    """The specialists of `base_dir` beside it (models/ner -> models/ner-uk), by language;
    only those of `languages` when given. Only the folder named after its base and language
    counts: a training run's output elsewhere (specialize_ner.py --out models/tmp-tr) had
    replaced the shipped Turkish specialist in every process started beside it."""
    base = Path(base_dir).resolve()
    found: dict[str, Path] = {}
    for folder in sorted(base.parent.iterdir()):
        spec = read_spec(folder) if folder.is_dir() and folder.resolve() != base else None
        if (spec and spec.base == base and folder.name == f"{base.name}-{spec.language}"
                and (languages is None or spec.language in languages)):
            found[spec.language] = folder
    return found


class LanguageRouter:
    """A Recognizer that sends each text to its language's specialist, the rest to the base.
    A text of unknown language (not given, not detected) goes to the base model."""

    def __init__(self, base, specialists: dict):
        self.base = base
        self.specialists = dict(specialists)
        self.name = base.name + "".join(f"+{lang}" for lang in sorted(self.specialists))
        self.backend = base.backend
        self.model_dir = base.model_dir
        self.languages = base.languages
        self.labels = base.labels

    @property
    def onnx_path(self):
        return self.base.onnx_path

    def set_threads(self, n: int) -> None:
        for model in (self.base, *self.specialists.values()):
            model.set_threads(n)

    def recognize(self, texts: Sequence[str], word_spans: Optional[Sequence[list[tuple[int, int]]]] = None,
                  deadline: Optional[float] = None,
                  langs: Optional[Sequence[Optional[str]]] = None) -> list[list[Mention]]:
        langs = list(langs) if langs is not None else [None] * len(texts)
        groups: dict[Optional[str], list[int]] = {}
        for i, lang in enumerate(langs):
            groups.setdefault(lang if lang in self.specialists else None, []).append(i)
        out: list[list[Mention]] = [[] for _ in texts]
        for lang, idx in groups.items():
            model = self.specialists[lang] if lang is not None else self.base
            spans = [word_spans[i] for i in idx] if word_spans is not None else None
            for i, mentions in zip(idx, model.recognize([texts[i] for i in idx], spans, deadline), strict=True):
                out[i] = mentions
        return out
