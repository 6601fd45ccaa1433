"""Linking: NER mentions -> gazetteer entities or NIL, decided per document.

For each mention the candidate index proposes entities by string similarity; the
decision adds agreement of the NER type with the entity type, a prior (population,
sitelinks) and document context (the places and countries other mentions of the
same text were linked to). Scores under the NIL threshold come back as NIL with
the mention's type: an unknown entity is never forced onto a wrong ID.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import regex

from .domain import Candidate, Document, Entity, GazetteerInfo, Mention
from .gazetteer import EntityRecord, NameHit
from .protocols import CandidateSource, EntityLookup, Recognizer
from .text.normalize import fold

# Penalties when the NER type disagrees with the entity's type. A person is never a
# place (Wissam Zarqa is not Zarqa, Jordan); ORG/LOC swap often in news (metonymy:
# "Syria said"), MISC covers demonyms and names the model was unsure about.
_TYPE_PENALTY = {("PER", "LOC"): 0.45, ("PER", "ORG"): 0.35, ("LOC", "PER"): 0.45, ("ORG", "PER"): 0.35,
                 ("ORG", "LOC"): 0.05, ("LOC", "ORG"): 0.05, ("MISC", "PER"): 0.08}
W_PRIOR, W_CONTEXT, W_TYPE = 0.10, 0.10, 0.04
MIN_STRING = 0.72      # no link on weaker string evidence, whatever the context says
CONFIDENT = 0.9        # links at least this sure seed the document context
SEARCH_LIMIT = 50
_UNNAMED = GazetteerInfo("gazetteer")
_PREV_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*[ \t-]+$")


@dataclass
class _Scored:
    hit: NameHit
    entity: EntityRecord
    score: float
    features: dict


class Linker:
    """The library API every front end (HTTP, batch, Spark) calls."""

    def __init__(self, ner: Recognizer, index: CandidateSource, store: Optional[EntityLookup] = None, *,
                 gazetteer: GazetteerInfo = _UNNAMED, nil_threshold: float = 0.9,
                 detect_lang: Optional[Callable[[str], Optional[str]]] = None):
        self.ner = ner
        self.index = index
        self.store = store
        self.gazetteer = gazetteer
        self.nil_threshold = nil_threshold
        self.detect_lang = detect_lang

    # -- public API -------------------------------------------------------------------
    def link(self, text: str, lang: Optional[str] = None, candidates: int = 0, explain: bool = False) -> Document:
        return self.link_many([text], [lang], candidates=candidates, explain=explain)[0]

    def link_many(self, texts: Sequence[str], langs: Optional[Sequence[Optional[str]]] = None,
                  candidates: int = 0, explain: bool = False) -> list[Document]:
        langs = list(langs) if langs is not None else [None] * len(texts)
        mentions = self.ner.recognize(list(texts)) if texts else []
        docs = []
        for text, lang, ms in zip(texts, langs, mentions, strict=True):
            if lang is None and self.detect_lang is not None:
                lang = self.detect_lang(text)
            docs.append(Document(text, lang, self.link_mentions(self.repair_spans(text, ms), candidates, explain)))
        return docs

    def repair_spans(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        """Extend a mention over the one or two words before it when together they spell a
        gazetteer name exactly: the model often leaves a title or first word outside the span
        ("Sheikh | Maqsoud", "Syrian | Democratic Forces", "Islamic | State"). Mentions the
        extended span swallows are dropped."""
        out: list[Mention] = []
        for m in mentions:
            best = m
            start = m.start
            for _ in range(2):
                prev = _PREV_WORD.search(text, max(0, start - 80), start)
                if prev is None:
                    break
                start = prev.start()
                candidate = text[start:m.end]
                if self.index.has_name(candidate):
                    best = Mention(start, m.end, candidate, m.type, m.score)
            while out and out[-1].start >= best.start:
                out.pop()
            out.append(best)
        return out

    def link_mentions(self, mentions: Sequence[Mention], candidates: int = 0, explain: bool = False) -> list[Entity]:
        """Two passes: score every mention alone, then rescore each with the context that the
        confident first-pass links of the *other* mentions give (their ids, parents and
        countries), so a mention's own first guess never votes for itself."""
        hits = {}
        for m in mentions:
            if m.text not in hits:
                hits[m.text] = self.index.search(m.text, SEARCH_LIMIT)
        first = [self._score(m, hits[m.text], context=None) for m in mentions]
        votes = [self._context_votes(s) for s in first]
        total = {"ids": Counter(), "countries": Counter()}
        for v in votes:
            total["ids"].update(v["ids"])
            total["countries"].update(v["countries"])
        scored = []
        for m, own in zip(mentions, votes, strict=True):
            others = {k: {x for x, n in (total[k] - own[k]).items() if n > 0} for k in total}
            scored.append(self._score(m, hits[m.text], others))
        entities = [self._decide(m, s, candidates, explain) for m, s in zip(mentions, scored, strict=True)]
        return self._propagate_person_names(entities)

    def entity(self, entity_id: str) -> Optional[dict]:
        """The gazetteer entry with all its aliases, or None."""
        rec = self.store.get(entity_id) if self.store is not None else None
        return rec.to_dict() if rec else None

    def candidates_for(self, name: str, limit: int = 10) -> list[Candidate]:
        return [Candidate(e.id, e.name, e.type, h.score, h.name, {"how": h.how})
                for h in self.index.search(name, limit) for e in [self.index.record(h.entity)]]

    # -- scoring ----------------------------------------------------------------------
    def _context_votes(self, cands: list[_Scored]) -> dict:
        """What one confident link tells about the document: its entity, the entity's parent
        (a district's city, a city's country) and its country."""
        votes = {"ids": Counter(), "countries": Counter()}
        if cands and cands[0].score >= max(CONFIDENT, self.nil_threshold):
            e = cands[0].entity
            votes["ids"].update(x for x in (e.id, e.parent) if x)
            if e.country:
                votes["countries"][e.country] += 1
        return votes

    def _score(self, mention: Mention, hits: list[NameHit], context: Optional[dict]) -> list[_Scored]:
        # The prior only breaks ties: among the names that match (about) equally well, each
        # entity gets its share of the population/sitelinks of the tied entities of its own type,
        # so Iraq the country beats a town called Iraq, the only ORG named U.N. is not outweighed
        # by a town's population (type agreement decides that), and a well-populated near-miss
        # (Sehore for Sakhour) gains nothing.
        best = max((h.score for h in hits), default=0.0)
        tie = max(best - 0.02, 0.95)  # only (near-)exact names tie; a fuzzy match earns no prior
        tied: dict[str, list] = {}  # type -> [entities tied, their summed prior]
        for h in hits:
            if h.score >= tie:
                e = self.index.record(h.entity)
                group = tied.setdefault(e.type, [0, 0.0])
                group[0] += 1
                group[1] += e.prior or 0.0
        out = []
        for hit in hits:
            e = self.index.record(hit.entity)
            n, total_prior = tied.get(e.type, (0, 0.0)) if hit.score >= tie else (0, 0.0)
            share = 1.0 if n == 1 else (e.prior or 0.0) / total_prior if total_prior else 0.0
            prior = W_PRIOR * share
            ctx = 0.0
            if context:
                if (e.parent and e.parent in context["ids"]) or e.id in context["ids"]:
                    ctx = W_CONTEXT
                elif e.country and e.country in context["countries"]:
                    ctx = W_CONTEXT / 2
            penalty = _TYPE_PENALTY.get((mention.type, e.type), 0.0)
            if mention.type == "MISC" and e.type != "MISC" and hit.score < 1.0:
                penalty = max(penalty, 0.3)  # "Syrian" is not Syria: adjectives link only by an exact name
            if penalty and ctx and hit.how == "exact" and len(mention.text.split()) > 1:
                # NER mistypes more than a multi-word name matches exactly in a text about the
                # same place ("Masaken Hanano" tagged PER in an Aleppo story): mostly forgiven.
                penalty /= 4
            type_score = W_TYPE if mention.type == e.type else -penalty
            total = hit.score + type_score + prior + ctx
            if hit.score < MIN_STRING:
                total = min(total, hit.score)
            out.append(_Scored(hit, e, round(total, 4),
                               {"string": hit.score, "how": hit.how, "type": round(type_score, 3),
                                "prior": round(prior, 3), "context": round(ctx, 3)}))
        out.sort(key=lambda s: (-s.score, s.entity.id))
        return out

    def _decide(self, m: Mention, scored: list[_Scored], k: int, explain: bool) -> Entity:
        best = scored[0] if scored else None
        linked = best is not None and best.score >= self.nil_threshold
        e = best.entity if linked else None
        cands = [Candidate(s.entity.id, s.entity.name, s.entity.type, s.score, s.hit.name, s.features)
                 for s in scored[:k]] if k else None
        why = None
        if explain:
            if best is None:
                why = "no gazetteer name resembles the mention: NIL"
            else:
                f = best.features
                why = (f"best {best.entity.id} ({best.entity.name}) total {best.score:.3f} = string {f['string']:.3f} "
                       f"[{f['how']}] + type {f['type']:+.3f} + prior {f['prior']:+.3f} + context {f['context']:+.3f}; "
                       f"{'linked' if linked else 'NIL'}: threshold {self.nil_threshold:.2f}")
        # A linked mention takes its entity's type (the gazetteer knows Sheikh Maqsoud is a
        # place even when the model said PER); a NIL keeps the model's.
        return Entity(m.start, m.end, m.text, e.type if e else m.type, e.id if e else None, e.name if e else None,
                      e.qid if e else None, e.geonames if e else None,
                      best.score if best else 0.0, cands, why)

    @staticmethod
    def _propagate_person_names(entities: list[Entity]) -> list[Entity]:
        """A short person mention that ends a longer one in the same text ("Araj" after
        "Ahmad Hiso Araj") refers to the same person: it takes the longer one's decision."""
        people = [e for e in entities if e.type == "PER" and len(fold(e.text).split()) > 1]
        for e in entities:
            if e.type != "PER":
                continue
            words = fold(e.text).split()
            for full in people:
                fw = fold(full.text).split()
                if full is not e and len(words) < len(fw) and fw[-len(words):] == words:
                    e.id, e.name, e.qid, e.geonames, e.score = full.id, full.name, full.qid, full.geonames, full.score
                    if e.explanation is not None:
                        e.explanation = f"same person as '{full.text}' earlier in the text: {full.explanation}"
                    break
        return entities
