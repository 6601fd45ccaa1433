"""Candidate search over the gazetteer's names (the memory-mapped index of `index_files.py`).

Candidates for a query are the union of exact folded-name hits, romanized-name hits,
consonant-skeleton hits and character-trigram hits; each is then scored with rapidfuzz,
or, between an Arabic and a Latin spelling, with the learned transliteration model
(`text/translit.py`) when one is given: the index finds, the model orders.
Lookups are binary searches over hashed keys and a CSR trigram posting table, which keeps
a million names at well under 2 ms a query.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..text.normalize import fold, latin, script_of, skeletons, vowel_frame
from ..text.translit import TranslitModel, latin_form
from . import index_files
from .index_files import stable_hash, trigrams
from .store import EntityRecord, GazetteerStore

_POSTING_BUDGET = 20_000   # trigram postings read per query, rarest trigrams first
_NGRAM_POOL = 40           # names kept from trigram voting before rapidfuzz scoring
_MAX_KEY_HITS = 100        # a skeleton shared by more names than this says too little to use
_SHORT_LATIN = 3           # Latin queries this short link on exact names only
_RECORD_CACHE = 50_000     # entity records kept per process
# The learned model's log-probability per Latin letter -> 0..1. On ANETAC train pairs the
# right spelling sits at -0.46 per letter (median; 5th percentile -0.99) and the index's
# other candidates at -4.6 (95th percentile -2.3): 1 + lp/3.5 puts them at 0.87 and
# 0.34, on the scale of the string scores it stands in for.
_LEARNED_SPAN = 3.5
_LEARNED_POOL = 30


@dataclass
class NameHit:
    entity: int            # entity position in the index (`CandidateIndex.record` reads it)
    name: str              # the matched name's romanized form
    score: float           # string similarity 0..1
    how: str               # exact | latin | skeleton | ngram


class CandidateIndex:
    """Search over a store's names. Opening maps the index files (building them first when
    the store changed since they were written); entity records are read from SQLite on demand."""

    def __init__(self, store: GazetteerStore, translit: TranslitModel | None = None):
        t0 = time.time()
        self.store = store
        self.translit = translit
        self.folder = index_files.ensure(store)
        files = index_files.load(self.folder)
        self.meta = files["meta"]
        self.entity_rowid = files["entity_rowid"]
        self.name_entity = files["name_entity"]
        self.name_key, self.name_latin, self._name_skel = files["key"], files["latin"], files["skel"]
        self.exact_table, self.latin, self.skeleton = files["exact_table"], files["latin_table"], files["skel_table"]
        self.demonym = files["dem_table"]
        # Forms as written: a text is scanned for them (case as written), see `is_demonym`.
        self.demonym_surfaces = files["demonym_surfaces"]
        self.gram_hashes, self.post_names, self.post_start = files["gram_h"], files["post_names"], files["post_start"]
        self._records: OrderedDict[int, EntityRecord] = OrderedDict()
        self._lock = threading.Lock()
        self.build_seconds = time.time() - t0

    def __len__(self) -> int:
        return len(self.entity_rowid)

    def name_skeletons(self, pos: int) -> list[str]:
        return self._name_skel[pos].split()

    def _gram_id(self, gram: str) -> int | None:
        h = stable_hash(gram)
        i = int(np.searchsorted(self.gram_hashes, h))
        return i if i < len(self.gram_hashes) and self.gram_hashes[i] == h else None

    def _ngram_pool(self, lat: str) -> np.ndarray:
        """Names sharing the most trigrams with the query. Rare trigrams are read first and
        reading stops at a budget, which bounds the work at a million names (common trigrams
        like ' al' would otherwise pull in a large share of the gazetteer)."""
        spans = []
        for g in trigrams(lat):
            gid = self._gram_id(g)
            if gid is not None:
                spans.append((int(self.post_start[gid + 1] - self.post_start[gid]), gid))
        lists, read = [], 0
        for length, gid in sorted(spans):
            if lists and read + length > _POSTING_BUDGET:
                break
            lists.append(self.post_names[self.post_start[gid]:self.post_start[gid + 1]])
            read += length
        if not lists:
            return np.zeros(0, np.int32)
        names, votes = np.unique(np.concatenate(lists), return_counts=True)
        keep = votes >= max(2, len(lists) // 3)
        names, votes = names[keep], votes[keep]
        if len(names) > _NGRAM_POOL:
            names = names[np.argpartition(-votes, _NGRAM_POOL)[:_NGRAM_POOL]]
        return names

    def record(self, entity: int) -> EntityRecord:
        """The entity a NameHit points at (its fields, not its names), cached per process."""
        with self._lock:  # gunicorn's threads share the cache
            rec = self._records.get(entity)
            if rec is not None:
                self._records.move_to_end(entity)
                return rec
        rec = self.store.record_at(int(self.entity_rowid[entity]))
        with self._lock:
            self._records[entity] = rec
            if len(self._records) > _RECORD_CACHE:
                self._records.popitem(last=False)
        return rec

    def _exact_hits(self, table: index_files.HashTable, text: str, how: str) -> list[NameHit]:
        key = fold(text)
        hits: dict[int, NameHit] = {}
        for pos in table.get(key):
            if self.name_key[pos] == key:
                ent = int(self.name_entity[pos])
                hits.setdefault(ent, NameHit(ent, self.name_latin[pos], 1.0, how))
        return sorted(hits.values(), key=lambda h: h.entity)

    def exact(self, text: str) -> list[NameHit]:
        """Entities with exactly this name (after folding): the lookup for base forms."""
        return self._exact_hits(self.exact_table, text, "exact")

    def demonyms(self, text: str) -> list[NameHit]:
        """Entities this adjective or demonym refers to ("Syrian" -> Syria), exact after folding."""
        return self._exact_hits(self.demonym, text, "demonym")

    def is_demonym(self, word: str) -> bool:
        """True when `word` is a demonym form as written, or a lower-case form capitalized at
        the start of a sentence ("Российские"); "pole" never matches the form "Pole"."""
        return word in self.demonym_surfaces or (
            word[:1].isupper() and word[:1].lower() + word[1:] in self.demonym_surfaces)

    def has_name(self, text: str) -> bool:
        """True when some entity has exactly this name (after folding)."""
        return bool(self.exact(text))

    def search(self, query: str, limit: int = 10) -> list[NameHit]:
        """Best-scoring name per entity, most similar first."""
        key, lat, sks = fold(query), latin(query), skeletons(query)
        if not key:
            return []
        how: dict[int, str] = {}
        for name_pos in self.exact_table.get(key):
            how.setdefault(int(name_pos), "exact")
        for name_pos in self.latin.get(lat):
            how.setdefault(int(name_pos), "latin")
        for s in sks:
            hits = self.skeleton.get(s)
            if len(hits) <= _MAX_KEY_HITS:
                for name_pos in hits:
                    how.setdefault(int(name_pos), "skeleton")
        for name_pos in self._ngram_pool(lat):
            how.setdefault(int(name_pos), "ngram")
        scores = {p: self.similarity(key, lat, sks, p, kind) for p, kind in how.items()}
        if self.translit is not None:
            for p, learned in self._learned_scores(key, scores).items():
                scores[p] = self.similarity(key, lat, sks, p, how[p], learned)
        best: dict[int, NameHit] = {}
        for name_pos, kind in how.items():
            score = scores[name_pos]
            if score < 0:
                continue
            ent = int(self.name_entity[name_pos])
            if ent not in best or score > best[ent].score:
                best[ent] = NameHit(ent, self.name_latin[name_pos], score, kind)
        return sorted(best.values(), key=lambda h: (-h.score, h.entity))[:limit]

    def _learned_scores(self, key: str, scores: dict[int, float]) -> dict[int, float]:
        """Learned similarity of the query to its Arabic/Latin counterparts among the candidates.
        Only the `_LEARNED_POOL` best by string score are worth the model's time (on ANETAC
        the right name is among them as often as among twice as many); the others get -1 and
        are dropped, since their string scores are not on the learned scale."""
        query_arabic = script_of(key) == "Arabic"
        if query_arabic:
            positions = [p for p in scores if self.name_key[p].isascii()]
        elif key.isascii():
            positions = [p for p in scores if script_of(self.name_key[p]) == "Arabic"]
        else:
            return {}
        if not positions:
            return {}
        positions.sort(key=lambda p: -scores[p])
        out = dict.fromkeys(positions[_LEARNED_POOL:], -1.0)
        positions = positions[:_LEARNED_POOL]
        if query_arabic:
            targets = [latin_form(self.name_key[p]) for p in positions]
            learned = self.translit.log_probs(key, targets)
            lengths = [len(t) for t in targets]
        else:
            target = latin_form(key)
            learned = [float(self.translit.log_probs(self.name_key[p], [target])[0]) for p in positions]
            lengths = [len(target)] * len(positions)
        for p, lp, n in zip(positions, learned, lengths, strict=True):
            out[p] = min(1.0, max(0.0, 1.0 + float(lp) / max(1, n) / _LEARNED_SPAN))
        return out

    def similarity(self, key: str, lat: str, sks: tuple[str, ...], name_pos: int, kind: str,
                   learned: float | None = None) -> float:
        """1.0 for an exact folded match; otherwise romanized-string similarity blended with
        skeleton similarity. Between two Latin spellings the vowel frame counts too; across
        scripts (short vowels unwritten) the consonant skeleton carries more weight, unless the
        learned transliteration model scored the pair (`learned`), which then decides."""
        if kind == "exact" and self.name_key[name_pos] == key:
            return 1.0
        name_lat = self.name_latin[name_pos]
        s_lat = max(fuzz.ratio(lat, name_lat), fuzz.token_sort_ratio(lat, name_lat)) / 100
        s_skel = max((Levenshtein.normalized_similarity(a, b) for a in sks for b in self.name_skeletons(name_pos)),
                     default=0.0)
        if key.isascii() and self.name_key[name_pos].isascii():
            # the vowel frame can only matter for names already close in spelling
            s_frame = (
                Levenshtein.normalized_similarity(vowel_frame(lat), vowel_frame(name_lat)) if s_lat >= 0.6 else 0.0
            )
            score = 0.7 * s_lat + 0.15 * s_skel + 0.15 * s_frame
        elif learned is not None:
            score = learned
        else:
            score = 0.4 * s_lat + 0.6 * s_skel
        if lat == name_lat:
            score = max(score, 0.97)
        if key.isascii() and len(lat.replace(" ", "")) <= _SHORT_LATIN:
            # Two or three Latin letters (UK, US, EU) are an acronym or a code: only an exact
            # name is evidence. Romanized keys that short collide across scripts (the Hindi
            # name of Arauca romanizes to "uk") and fuzzy scores between them mean nothing.
            score = min(score, 0.5)
        return round(score, 4)
