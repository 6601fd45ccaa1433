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
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ..text.normalize import fold, latin, script_of, skeletons, vowel_frame
from ..text.translit import TranslitModel, latin_form
from . import index_files, overlay
from .index_files import stable_hash, trigrams
from .store import EntityRecord, GazetteerStore

_POSTING_BUDGET = 20_000   # trigram postings read per query, rarest trigrams first
_NGRAM_POOL = 40           # names kept from trigram voting before the full similarity
# In a gazetteer of a million names many share as many trigrams with the query as the name
# meant ("Ракки": Raqqa's alias Rakka ties with 364 others on two of the four trigrams read):
# the names tied at the _NGRAM_POOL-th best vote go through a quick edit-distance pass that
# picks the _NGRAM_POOL. Where more than this many tie, those of the length nearest the query's
# go first: the vote alone picked among them by their position in the index, which a rebuild
# may change (120 kept Rakka in one build and lost it in the next), and reading 1,000 names for
# the edit distance took 12 of the seed article's 67 ms of linking.
_VOTE_POOL = 200
_MAX_KEY_HITS = 100        # a skeleton shared by more names than this says too little to use
_SHORT_LATIN = 3           # Latin queries this short link on exact names only
_RECORD_CACHE = 50_000     # entity records kept per process
# Searches kept per process: news names repeat (an article names Aleppo twenty times, an
# archive in thousands of articles) and a search was half of the linker's time.
_SEARCH_CACHE = 20_000
# The learned model's log-probability per Latin letter -> 0..1. On ANETAC train pairs the
# right spelling sits at -0.46 per letter (median; 5th percentile -0.99) and the index's
# other candidates at -4.6 (95th percentile -2.3): 1 + lp/3.5 puts them at 0.87 and
# 0.34, on the scale of the string scores it stands in for.
_LEARNED_SPAN = 3.5
_LEARNED_POOL = 30


@dataclass(frozen=True)  # cached searches hand the same hits to every caller
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
        self._records: OrderedDict[int, EntityRecord] = OrderedDict()
        self._searches: OrderedDict[tuple, list[NameHit]] = OrderedDict()
        self._lock = threading.Lock()
        self._overlay_numbers: dict[str, int] = {}
        self._overlay_records: dict[int, EntityRecord] = {}
        self._open_files()
        self.build_seconds = time.time() - t0

    def _open_files(self) -> None:
        self.folder = index_files.ensure(self.store)
        files = index_files.load(self.folder)
        self.meta = files["meta"]
        self.entity_rowid = files["entity_rowid"]
        self.name_entity = files["name_entity"]
        self.name_key, self.name_latin, self._name_skel = files["key"], files["latin"], files["skel"]
        self._latin_offsets = np.asarray(self.name_latin.offsets)
        self.exact_table, self.latin, self.skeleton = files["exact_table"], files["latin_table"], files["skel_table"]
        self.demonym = files["dem_table"]
        # Forms as written -> their languages: a text is scanned for them (case as written),
        # see `is_demonym` and `is_curated_name`.
        self.demonym_surfaces = files["demonym_surfaces"]
        self.curated_surfaces = files["curated_surfaces"]
        # the first letters of the one-word curated names: which words are worth reducing to
        # a base form ("Хезболлы" -> Хезболла) before an exact lookup
        self.curated_prefixes = frozenset(fold(n)[:3] for n in self.curated_surfaces if " " not in n)
        self.gram_hashes, self.post_names, self.post_start = files["gram_h"], files["post_names"], files["post_start"]
        self._n, self._e = len(self.name_entity), len(self.entity_rowid)
        with self._lock:
            self._records.clear()
        self.overlay = overlay.Overlay(seq=self.meta.get("changes_seq", 0))
        self._checked = 0.0
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Pick up what was written since: live edits into the overlay, a bulk import (a new
        store version, whose index files the import rebuilt) by mapping the new files. At most
        every REFRESH_SECONDS unless forced; a query calls it first."""
        now = time.monotonic()
        if not force and now - self._checked < overlay.REFRESH_SECONDS:
            return
        self._checked = now
        if self.store.version() != self.meta["version"] and index_files.is_current(
                self.store, index_files.folder_for(self.store)):
            self._open_files()
            return
        seq = self.store.last_change()
        if seq != self.overlay.seq:
            with self._lock:
                ov = overlay.load(self.store, self.meta.get("changes_seq", 0), self.entity_rowid,
                                  self._overlay_numbers)
                self._overlay_records.update(ov.entities)
                self.overlay = ov

    @property
    def version(self) -> str:
        """The gazetteer as this process sees it: the store version its files were built from,
        plus the last live edit applied."""
        return f"{self.meta['version'][:12]}+{self.overlay.seq}"

    def __len__(self) -> int:
        return self._e + len(self.overlay.entities) - len(self.overlay.hidden)

    # Name positions at or past the files' count are the overlay's names, entity positions
    # at or past theirs its entities (numbered for the life of the process).
    def _key(self, pos: int, ov: overlay.Overlay) -> str:
        return self.name_key[pos] if pos < self._n else ov.key[pos - self._n]

    def _lat(self, pos: int, ov: overlay.Overlay) -> str:
        return self.name_latin[pos] if pos < self._n else ov.latin[pos - self._n]

    def _entity(self, pos: int, ov: overlay.Overlay) -> int:
        return int(self.name_entity[pos]) if pos < self._n else self._e + ov.name_entity[pos - self._n]

    def name_skeletons(self, pos: int, ov: overlay.Overlay | None = None) -> list[str]:
        return self._name_skel[pos].split() if pos < self._n else (ov or self.overlay).skel[pos - self._n]

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
        # Each posting list is sorted, so a stable sort merges runs: 11x np.unique's sort here.
        merged = np.sort(np.concatenate(lists), kind="stable")
        starts = np.flatnonzero(np.r_[True, merged[1:] != merged[:-1]])
        names, votes = merged[starts], np.diff(np.r_[starts, len(merged)])
        keep = votes >= max(2, len(lists) // 3)
        names, votes = names[keep], votes[keep]
        if len(names) > _NGRAM_POOL:  # the names that tie with the _NGRAM_POOL-th best vote or beat it
            top = votes >= np.partition(votes, len(votes) - _NGRAM_POOL)[len(votes) - _NGRAM_POOL]
            names, votes = names[top], votes[top]
        if len(names) > _VOTE_POOL:  # romanized names are ASCII: a name's bytes are its length
            lengths = self._latin_offsets[names + 1] - self._latin_offsets[names]
            names = names[np.lexsort((np.abs(lengths - len(lat)), -votes))[:_VOTE_POOL]]
        if len(names) > _NGRAM_POOL:
            best = process.extract(lat, [self.name_latin[int(p)] for p in names], scorer=fuzz.ratio,
                                   limit=_NGRAM_POOL)
            names = names[[i for _, _, i in best]]
        return names

    def record(self, entity: int) -> EntityRecord:
        """The entity a NameHit points at (its fields, not its names), cached per process."""
        if entity >= self._e:
            return self._overlay_records[entity - self._e]
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

    def _exact_hits(self, table: index_files.HashTable, extra: str, text: str, how: str) -> list[NameHit]:
        self.refresh()
        ov = self.overlay
        key = fold(text)
        hits: dict[int, NameHit] = {}
        for pos in [*table.get(key), *(self._n + p for p in ov.by[extra].get(key, ()))]:
            pos = int(pos)
            if self._key(pos, ov) == key:
                ent = self._entity(pos, ov)
                if ent not in ov.hidden:
                    hits.setdefault(ent, NameHit(ent, self._lat(pos, ov), 1.0, how))
        return sorted(hits.values(), key=lambda h: h.entity)

    def exact(self, text: str) -> list[NameHit]:
        """Entities with exactly this name (after folding): the lookup for base forms."""
        return self._exact_hits(self.exact_table, "exact", text, "exact")

    def demonyms(self, text: str) -> list[NameHit]:
        """Entities this adjective or demonym refers to ("Syrian" -> Syria), exact after folding."""
        return self._exact_hits(self.demonym, "dem", text, "demonym")

    def is_demonym(self, word: str, lang: str | None = None, as_written: bool = False) -> bool:
        """True when `word` is a demonym form as written, or (unless `as_written`) a lower-case
        form capitalized at the start of a sentence ("Российские"); "pole" never matches the form
        "Pole". With `lang`, only a form of that language (or of none) counts ("Rus" is Turkish)."""
        return self._listed("demonym", word, lang) or (
            not as_written and word[:1].isupper() and self._listed("demonym", word[:1].lower() + word[1:], lang))

    def is_curated_name(self, text: str, lang: str | None = None) -> bool:
        """True when `text` is, as written, a name of a curated organization or person in
        `lang` or in every language ("BM" is the UN only in Turkish)."""
        return self._listed("curated", text, lang)

    def _listed(self, kind: str, text: str, lang: str | None) -> bool:
        langs = getattr(self, f"{kind}_surfaces").get(text) or getattr(self.overlay, f"{kind}_surfaces").get(text)
        return bool(langs) and (lang is None or "" in langs or lang in langs)

    def may_be_curated(self, word: str) -> bool:
        """Whether an inflected one-word name could reduce to a curated name (cheap, loose)."""
        prefix = fold(word)[:3]
        return prefix in self.curated_prefixes or any(fold(n)[:3] == prefix for n in self.overlay.curated_surfaces)

    def has_name(self, text: str, towns: bool = True) -> bool:
        """True when some entity (a town too, unless `towns` is false) has exactly this name
        (after folding)."""
        return any(towns or not self.record(h.entity).is_town for h in self.exact(text))

    def search(self, query: str, limit: int = 10, floor: float = 0.0) -> list[NameHit]:
        """Best-scoring name per entity, most similar first; names that cannot score `floor`
        are left out (most are never scored fully). Cached per gazetteer version (files and
        live edits), so an edit is never answered from before it."""
        self.refresh()
        cache_key = (query, limit, floor, self.version)
        with self._lock:
            hits = self._searches.get(cache_key)
            if hits is not None:
                self._searches.move_to_end(cache_key)
                return list(hits)
        hits = self._search(query, limit, floor)
        with self._lock:
            self._searches[cache_key] = hits
            if len(self._searches) > _SEARCH_CACHE:
                self._searches.popitem(last=False)
        return list(hits)

    def clear_search_cache(self) -> None:
        """Forget cached searches (a benchmark of names never seen before calls it)."""
        with self._lock:
            self._searches.clear()

    def _search(self, query: str, limit: int, floor: float = 0.0) -> list[NameHit]:
        key, lat, sks = fold(query), latin(query), skeletons(query)
        if not key:
            return []
        ov = self.overlay
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
        if ov:
            self._overlay_candidates(ov, key, lat, sks, how)
        scores = {p: self.similarity(key, lat, sks, p, kind, ov=ov, floor=floor) for p, kind in how.items()}
        if self.translit is not None:
            for p, learned in self._learned_scores(key, scores, ov).items():
                scores[p] = self.similarity(key, lat, sks, p, how[p], learned, ov=ov)
        best: dict[int, NameHit] = {}
        for name_pos, kind in how.items():
            score = scores[name_pos]
            if score < floor:  # and -1, the names the learned pool or the floor left out
                continue
            ent = self._entity(name_pos, ov)
            if ent in ov.hidden:
                continue
            if ent not in best or score > best[ent].score:
                best[ent] = NameHit(ent, self._lat(name_pos, ov), score, kind)
        return sorted(best.values(), key=lambda h: (-h.score, h.entity))[:limit]

    def _overlay_candidates(self, ov: overlay.Overlay, key: str, lat: str, sks: tuple[str, ...],
                            how: dict[int, str]) -> None:
        """The live-edited names found the way the files' names are (exact, romanized,
        skeleton, shared trigrams); the overlay is small, so every trigram is read."""
        for table, look, kind in (("exact", [key], "exact"), ("latin", [lat], "latin"),
                                  ("skel", sks, "skeleton"), ("gram", trigrams(lat), "ngram")):
            for k in look:
                for p in ov.by[table].get(k, ()):
                    how.setdefault(self._n + p, kind)

    def _learned_scores(self, key: str, scores: dict[int, float], ov: overlay.Overlay) -> dict[int, float]:
        """Learned similarity of the query to its Arabic/Latin counterparts among the candidates.
        Only the `_LEARNED_POOL` best by string score are worth the model's time (on ANETAC
        the right name is among them as often as among twice as many); the others get -1 and
        are dropped, since their string scores are not on the learned scale."""
        query_arabic = script_of(key) == "Arabic"
        if query_arabic:
            positions = [p for p in scores if self._key(p, ov).isascii()]
        elif key.isascii():
            positions = [p for p in scores if script_of(self._key(p, ov)) == "Arabic"]
        else:
            return {}
        if not positions:
            return {}
        positions.sort(key=lambda p: -scores[p])
        out = dict.fromkeys(positions[_LEARNED_POOL:], -1.0)
        positions = positions[:_LEARNED_POOL]
        if query_arabic:
            targets = [latin_form(self._key(p, ov)) for p in positions]
            learned = self.translit.log_probs(key, targets)
            lengths = [len(t) for t in targets]
        else:
            target = latin_form(key)
            learned = [float(self.translit.log_probs(self._key(p, ov), [target])[0]) for p in positions]
            lengths = [len(target)] * len(positions)
        for p, lp, n in zip(positions, learned, lengths, strict=True):
            out[p] = min(1.0, max(0.0, 1.0 + float(lp) / max(1, n) / _LEARNED_SPAN))
        return out

    def similarity(self, key: str, lat: str, sks: tuple[str, ...], name_pos: int, kind: str,
                   learned: float | None = None, ov: overlay.Overlay | None = None, floor: float = 0.0) -> float:
        """1.0 for an exact folded match; otherwise romanized-string similarity blended with
        skeleton similarity. Between two Latin spellings the vowel frame counts too; across
        scripts (short vowels unwritten) the consonant skeleton carries more weight, unless the
        learned transliteration model scored the pair (`learned`), which then decides. -1 for
        two Latin spellings whose romanized similarity alone keeps them under `floor`: the
        skeleton and vowel frame (0.3 of the score at most) are not worth computing then."""
        ov = ov or self.overlay
        name_key = self._key(name_pos, ov)
        if kind == "exact" and name_key == key:
            return 1.0
        name_lat = self._lat(name_pos, ov)
        s_lat = max(fuzz.ratio(lat, name_lat), fuzz.token_sort_ratio(lat, name_lat)) / 100
        both_latin = key.isascii() and name_key.isascii()
        if both_latin and 0.7 * s_lat + 0.3 < floor - 1e-4:  # the score is rounded to 4 places
            return -1.0
        s_skel = max((Levenshtein.normalized_similarity(a, b) for a in sks for b in self.name_skeletons(name_pos, ov)),
                     default=0.0)
        if both_latin:
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
