"""The domain types: plain data passed between pipeline stages and returned at every
boundary (library, HTTP, batch, Spark). Each is defined once, here; the HTTP schemas are
checked against them (tests/unit/test_layout.py)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

# The entity types every stage speaks: NER labels, gazetteer entries, responses.
TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Mention:
    """A span the NER stage found: offsets are code points into the original text.
    `type_scores` is the model's probability of each type over the span (mean over its
    words of B-X + I-X), so the linker can tell a sure ORG from a coin toss."""
    start: int
    end: int
    text: str
    type: str
    score: float
    type_scores: Optional[dict] = None


@dataclass
class Candidate:
    """A gazetteer entity proposed for a mention, with the evidence behind its score."""
    id: str
    name: str
    type: str
    score: float
    matched: str = ""
    features: dict = field(default_factory=dict)


@dataclass
class Entity:
    """A mention after linking: `id` is None when the mention is NIL; a NIL then has a
    `nil_key`, the same for the same unknown name in any document, spelling or script
    (service/nil.py), and a linked mention has none."""
    start: int
    end: int
    text: str
    type: str
    id: Optional[str]
    name: Optional[str]
    qid: Optional[str]
    geonames: Optional[int]
    score: float
    nil_key: Optional[str] = None
    candidates: Optional[list[Candidate]] = None
    explanation: Optional[str] = None

    def to_dict(self, with_candidates: bool = False) -> dict:
        d = asdict(self)
        if not with_candidates or self.candidates is None:
            d.pop("candidates")
        if self.explanation is None:
            d.pop("explanation")
        return d


@dataclass
class Document:
    text: str
    lang: Optional[str]
    entities: list[Entity]
    # {"code", "message"} notes on the result, e.g. language_not_supported: the text is in a
    # language the NER model was not trained on, so few or no entities is not "there are none".
    warnings: list[dict] = field(default_factory=list)

    def to_dict(self, with_candidates: bool = False) -> dict:
        return {"lang": self.lang, "entities": [e.to_dict(with_candidates) for e in self.entities],
                "warnings": self.warnings}


@dataclass(frozen=True)
class GazetteerInfo:
    """What a Linker reports about the gazetteer it links against (/readyz, responses)."""
    name: str
    stats: dict = field(default_factory=dict)
