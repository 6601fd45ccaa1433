"""Prometheus metrics, correct across gunicorn workers (multiprocess mode when
PROMETHEUS_MULTIPROC_DIR is set, which the launcher does: prometheus_client itself reads
it at import to decide where counters live; `Config` reads it to decide how to render)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter("el_http_requests_total", "HTTP requests", ["route", "method", "status"])
LATENCY = Histogram("el_http_request_seconds", "HTTP request latency", ["route"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.4, 0.6, 1.0, 2.5, 5.0, 10.0))
DOCUMENTS = Counter("el_documents_total", "Documents linked")
MENTIONS = Counter("el_mentions_total", "Mentions found")
REJECTED = Counter("el_http_rejected_total", "Requests (or batch documents) refused to protect latency: "
                   "overloaded, deadline_exceeded, rate_limited", ["reason"])
NIL = Counter("el_nil_mentions_total", "Mentions left NIL (NIL rate = el_nil_mentions_total / el_mentions_total)")


def observe_request(route: str, method: str, status: int, seconds: float) -> None:
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route).observe(seconds)


def observe_document(doc) -> None:
    DOCUMENTS.inc()
    MENTIONS.inc(len(doc.entities))
    NIL.inc(sum(1 for e in doc.entities if e.id is None))


def render(multiproc_dir: Optional[Path] = None) -> tuple[bytes, str]:
    if multiproc_dir:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(multiproc_dir))
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
