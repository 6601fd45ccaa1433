"""Request and response schemas of the HTTP API (they generate /openapi.json).

Response models mirror the domain types (`service.domain`, the gazetteer's `EntityRecord`)
field for field; tests/unit/test_layout.py fails when one drifts from its dataclass.
"""
from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class LinkRequest(BaseModel):
    # Swagger UI fills the "Try it out" body from this example instead of "string".
    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": {
        "text": "Syrian government forces took the Sakhour district of eastern Aleppo on Monday, "
                "the Syrian Observatory for Human Rights said.", "lang": "en", "candidates": 0, "explain": False}})
    text: StrictStr = Field(description="The text to link. Empty or whitespace-only text returns no entities.")
    lang: Optional[StrictStr] = Field(None, description="ISO 639 language code or BCP-47 tag (any case); "
                                      "detected when absent.")
    candidates: StrictInt = Field(0, ge=0, le=10, description="Top candidates to return per mention.")
    explain: StrictBool = Field(False, description="Add a one-line explanation of each decision.")


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class CandidateOut(BaseModel):
    id: str
    name: str
    type: str
    score: float
    matched: str
    features: dict[str, Any]


class EntityOut(BaseModel):
    start: int = Field(description="Start offset in Unicode code points into the text as sent.")
    end: int = Field(description="End offset (exclusive), code points.")
    text: str
    type: str = Field(description="PER, ORG, LOC or MISC")
    id: Optional[str] = Field(description="Canonical ID, null for NIL")
    name: Optional[str]
    qid: Optional[str]
    geonames: Optional[int]
    score: float = Field(description="Probability that the link is right (calibrated on the linking dev set); "
                                     "under NIL_THRESHOLD the mention is NIL, and then it is the best candidate's")
    nil_key: Optional[str] = Field(None, description="NIL mentions only (null when linked): the type and a "
                                   "spelling- and script-independent key of the name, e.g. PER:WSM-SRK for "
                                   "Wissam Zarqa, Wisam Zarka and وسام زرقا; "
                                   "the same key in any document is the same unknown name")
    candidates: Optional[list[CandidateOut]] = None
    explanation: Optional[str] = None


class LinkResponse(BaseModel):
    lang: Optional[str]
    model: str
    gazetteer: str
    gazetteer_version: str = Field(description="The gazetteer as linked against: its build, then '+' and the "
                                   "last live edit applied")
    entities: list[EntityOut]
    warnings: list[ErrorBody] = Field(description="Notes on the result, e.g. language_not_supported")


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": {"documents": [
        {"id": "afp-1", "text": "Les forces syriennes ont repris Sakhour, dans l'est d'Alep.", "lang": "fr"},
        {"id": "ria-2", "text": "Бои в Сирии продолжаются."},
        {"id": "aa-3", "text": "Halep'te çatışmalar sürüyor.", "lang": "tr"}], "candidates": 0}})
    documents: list[Any] = Field(
        description='Objects {"id", "text", "lang"?}; a bad one gets its own error, the rest are linked.')
    candidates: StrictInt = Field(0, ge=0, le=10)


class BatchItem(BaseModel):
    id: Optional[Union[str, int]] = None
    lang: Optional[str] = None
    entities: Optional[list[EntityOut]] = None
    warnings: Optional[list[ErrorBody]] = None
    error: Optional[ErrorBody] = None


class BatchResponse(BaseModel):
    model: str
    gazetteer: str
    gazetteer_version: str
    results: list[BatchItem]


class SearchQuery(BaseModel):
    q: StrictStr = Field(min_length=1, max_length=500)
    limit: int = Field(10, ge=1, le=100)


class SearchHit(BaseModel):
    id: str
    name: str
    type: str
    score: float
    matched: str


class SearchResponse(BaseModel):
    query: str
    candidates: list[SearchHit]


class EntityWriteResponse(BaseModel):
    id: str
    created: bool = Field(description="True when the entity was new (status 201), false when it was replaced")
    gazetteer_version: str
    entity: Optional["EntityRecordOut"] = None


class EntityPath(BaseModel):
    entity_id: str = Field(min_length=1, max_length=300)


class Alias(BaseModel):
    name: str
    lang: Optional[str]
    script: str


class EntityRecordOut(BaseModel):
    id: str
    name: str
    type: str
    kind: Optional[str]
    qid: Optional[str]
    geonames: Optional[int]
    country: Optional[str]
    parent: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    prior: Optional[float]
    source: Optional[str]
    description: Optional[str]
    aliases: list[Alias]
    demonyms: list[Alias] = Field(description="Adjectives and demonyms that link to this entity (MISC mentions)")
