"""HTTP front end: translates requests into calls of the Linker and its results back.

Every error leaves as `{"error": {"code", "message"}}` with a 4xx status (a 5xx only for
a fault of ours, still JSON); request bodies are checked for content type, size, UTF-8 and
JSON before any schema validation so each failure has its own code.
"""
from __future__ import annotations

import hmac
import logging
import time
from pathlib import Path
from typing import Optional

from flask import Response, g, jsonify, request, send_from_directory
from flask_openapi3 import Info, OpenAPI, Tag
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException

from ..config import Config
from ..documents import loads, parse_document
from ..errors import (
    BatchTooLarge,
    BodyTooLarge,
    DeadlineExceeded,
    InvalidDocument,
    InvalidInput,
    NotFound,
    Overloaded,
    RateLimited,
    ServiceError,
    TextTooLong,
    Unauthorized,
    UnknownLanguage,
    UnsupportedMediaType,
    WritesDisabled,
)
from ..gazetteer.store import record_from_json
from ..linker import Linker
from ..text import lang as langs
from . import metrics
from .admission import Admission
from .errors import error_response, json_error
from .ratelimit import RateLimiter
from .schemas import (
    BatchRequest,
    BatchResponse,
    EntityPath,
    EntityRecordOut,
    EntityWriteResponse,
    ErrorResponse,
    LinkRequest,
    LinkResponse,
    SearchQuery,
    SearchResponse,
)

log = logging.getLogger("service")
STATIC = Path(__file__).parent / "static"
API = Tag(name="linking", description="Entity linking")
GAZ = Tag(name="gazetteer", description="Gazetteer lookups")


def _validation_error(e: ValidationError) -> Response:
    first = e.errors()[0] if e.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    return error_response(InvalidInput(f"{where}: {first.get('msg', 'invalid value')}"))


def _known_key(given: str, keys: frozenset) -> Optional[str]:
    """The configured key equal to `given`, compared in constant time against every key so
    the time taken says nothing about how much of a key an attacker has guessed."""
    found = None
    for key in keys:
        if hmac.compare_digest(key.encode(), given.encode()):
            found = key
    return found


# Documents a batch links per look at its deadline: a slow batch stops within one group.
BATCH_GROUP = 8


def create_app(linker: Optional[Linker], cfg: Optional[Config] = None) -> OpenAPI:
    cfg = cfg or Config.from_env()
    app = OpenAPI(__name__, info=Info(title="Multilingual entity linking", version="1.0.0"),
                  security_schemes={}, validation_error_status=400,
                  validation_error_callback=_validation_error,
                  responses={400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse,
                             429: ErrorResponse, 503: ErrorResponse})
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_body_bytes
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    model_name = linker.ner.name if linker else "none"
    admission = Admission(cfg.in_flight_per_worker(), cfg.queued_per_worker(), cfg.request_timeout_s,
                          cfg.max_wait_s)
    # Built here, in gunicorn's master at preload, so every worker shares the buckets.
    limiter = RateLimiter(cfg.api_keys, cfg.rate_limit_per_minute)
    app.extensions["admission"] = admission  # read by tests and /readyz alike

    @app.before_request
    def check_request():
        g.t0 = time.monotonic()
        if request.path.startswith("/v1/"):
            if request.method in ("PUT", "DELETE") and not cfg.api_keys:
                raise WritesDisabled("gazetteer writes need an API key: set API_KEYS on the server")
            if cfg.api_keys:
                key = _known_key(request.headers.get("X-API-Key", ""), cfg.api_keys)
                if key is None:
                    raise Unauthorized("a valid X-API-Key header is required")
                limiter.check(key)
            if request.method in ("POST", "PUT"):
                if request.mimetype != "application/json":
                    raise UnsupportedMediaType("send the body as application/json")
                if request.content_length is not None and request.content_length > cfg.max_body_bytes:
                    raise BodyTooLarge(f"request body over {cfg.max_body_bytes} bytes")
                try:
                    body = loads(request.get_data(cache=True))
                except InvalidInput as e:
                    raise type(e)(f"request body: {e.message}") from None
                if not isinstance(body, dict):
                    raise InvalidInput("request body must be a JSON object")
                g.body = body  # parsed once; a route without a body model reads it here

    @app.after_request
    def observe(resp: Response):
        route = request.url_rule.rule if request.url_rule else "unmatched"
        metrics.observe_request(
            route, request.method, resp.status_code, time.monotonic() - g.get("t0", time.monotonic())
        )
        return resp

    @app.errorhandler(ServiceError)
    def service_error(e: ServiceError):
        if isinstance(e, (Overloaded, DeadlineExceeded, RateLimited)):  # refused to protect latency
            metrics.REJECTED.labels(e.code).inc()
        return error_response(e)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}
        return json_error(e.code or 500, codes.get(e.code, "http_error"), e.description or e.name)

    @app.errorhandler(Exception)
    def internal_error(e: Exception):
        log.exception("unhandled error on %s", request.path)
        return json_error(500, "internal_error", "the server failed on this request; it was logged")

    def check_text(text: str, lang: Optional[str]) -> None:
        if len(text) > cfg.max_text_chars:
            raise TextTooLong(f"text has {len(text)} characters; the limit is {cfg.max_text_chars}")
        if lang is not None and not langs.is_known(lang):
            raise UnknownLanguage(f"unknown language code {lang!r}")

    def entities_out(doc, with_candidates: bool) -> list[dict]:
        metrics.observe_document(doc)
        return [e.to_dict(with_candidates) for e in doc.entities]

    @app.post("/v1/link", tags=[API], responses={200: LinkResponse})
    def link(body: LinkRequest):
        """Link the entities of one text."""
        check_text(body.text, body.lang)
        with admission.slot(g.t0) as deadline:
            doc = linker.link(body.text, body.lang, candidates=body.candidates, explain=body.explain,
                              deadline=deadline)
        return jsonify({"lang": doc.lang, "model": model_name, "gazetteer": linker.gazetteer.name,
                        "gazetteer_version": linker.gazetteer_version,
                        "entities": entities_out(doc, body.candidates > 0), "warnings": doc.warnings})

    @app.post("/v1/link/batch", tags=[API], responses={200: BatchResponse})
    def link_batch(body: BatchRequest):
        """Link many documents; a bad document gets its own error, the others are linked."""
        if len(body.documents) > cfg.max_batch_docs:
            raise BatchTooLarge(f"{len(body.documents)} documents; the limit is {cfg.max_batch_docs}")
        results, todo = [], []
        for i, obj in enumerate(body.documents):
            item = parse_document(obj, i, cfg.max_text_chars)
            if item.error is None and item.lang is not None and not langs.is_known(item.lang):
                item.error = InvalidDocument(f"unknown language code {item.lang!r}")
            results.append({"id": obj.get("id") if isinstance(obj, dict) else None})
            if item.error:
                results[-1]["error"] = item.error.to_dict()
            else:
                todo.append((i, item))
        with admission.slot(g.t0) as deadline:
            # In groups, so a batch that runs out of time still returns the documents it
            # finished; each one not reached gets its own deadline_exceeded error.
            for first in range(0, len(todo), BATCH_GROUP):
                group = todo[first:first + BATCH_GROUP]
                try:
                    docs = linker.link_many([it.text for _, it in group], [it.lang for _, it in group],
                                            candidates=body.candidates, deadline=deadline)
                except DeadlineExceeded as e:
                    metrics.REJECTED.labels(e.code).inc()
                    for i, _ in todo[first:]:
                        results[i]["error"] = DeadlineExceeded(
                            f"not linked: the batch's {cfg.request_timeout_s:g} s budget ran out").to_dict()
                    break
                for (i, _), doc in zip(group, docs, strict=True):
                    results[i].update({"lang": doc.lang, "entities": entities_out(doc, body.candidates > 0),
                                       "warnings": doc.warnings})
        return jsonify({"model": model_name, "gazetteer": linker.gazetteer.name,
                        "gazetteer_version": linker.gazetteer_version, "results": results})

    @app.get("/v1/entities/<entity_id>", tags=[GAZ], responses={200: EntityRecordOut, 404: ErrorResponse})
    def get_entity(path: EntityPath):
        """A gazetteer entry with all its aliases."""
        rec = linker.entity(path.entity_id)
        if rec is None:
            raise NotFound(f"no entity {path.entity_id!r}")
        return jsonify(rec)

    @app.put("/v1/entities/<entity_id>", tags=[GAZ],
             responses={200: EntityWriteResponse, 201: EntityWriteResponse, 403: ErrorResponse})
    def put_entity(path: EntityPath):
        """Add or replace an entity (one record of the JSONL import format; needs an API key).
        Every worker links with it within a few seconds."""
        body = dict(g.body)
        body.setdefault("id", path.entity_id)
        if body["id"] != path.entity_id:
            raise InvalidInput(f"body id {body['id']!r} differs from the path's {path.entity_id!r}")
        try:
            rec = record_from_json(body)
        except ValueError as e:
            raise InvalidInput(f"entity: {e}") from None
        created = not linker.write_entity(rec)
        resp = jsonify({"id": rec.id, "created": created, "gazetteer_version": linker.gazetteer_version,
                        "entity": linker.entity(rec.id)})
        resp.status_code = 201 if created else 200
        return resp

    @app.delete("/v1/entities/<entity_id>", tags=[GAZ],
                responses={200: EntityWriteResponse, 403: ErrorResponse, 404: ErrorResponse})
    def delete_entity(path: EntityPath):
        """Remove an entity (needs an API key)."""
        if not linker.remove_entity(path.entity_id):
            raise NotFound(f"no entity {path.entity_id!r}")
        return jsonify({"id": path.entity_id, "created": False, "gazetteer_version": linker.gazetteer_version})

    @app.get("/v1/search", tags=[GAZ], responses={200: SearchResponse})
    def search(query: SearchQuery):
        """Gazetteer search by name, any spelling or script."""
        cands = linker.candidates_for(query.q, query.limit)
        return jsonify({"query": query.q, "candidates": [
            {"id": c.id, "name": c.name, "type": c.type, "score": c.score, "matched": c.matched} for c in cands]})

    @app.get("/healthz", doc_ui=False)
    def healthz():
        return jsonify({"status": "ok"})

    @app.get("/readyz", doc_ui=False)
    def readyz():
        if linker is None:
            return json_error(503, "not_ready", "model or gazetteer not loaded")
        if not admission.accepting():
            resp = json_error(503, "overloaded", "this worker's linking slots and waiting line are full")
            resp.headers["Retry-After"] = str(admission.retry_after())
            return resp
        return jsonify({"status": "ready", "model": str(linker.ner.model_dir), "backend": linker.ner.backend,
                        "specialists": sorted(getattr(linker.ner, "specialists", {})),
                        "gazetteer": linker.gazetteer.stats, "api_key_required": bool(cfg.api_keys),
                        "load": admission.load()})

    @app.get("/metrics", doc_ui=False)
    def prometheus():
        body, content_type = metrics.render(cfg.prometheus_multiproc_dir)
        return Response(body, content_type=content_type)

    @app.get("/openapi.json", doc_ui=False)
    def openapi_spec():
        return jsonify(app.api_doc)

    @app.get("/", doc_ui=False)
    def demo():
        return send_from_directory(STATIC, "index.html")

    return app
