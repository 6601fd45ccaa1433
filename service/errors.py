"""Typed errors of the service. Each carries a stable `code` clients can match on; the
front ends decide what it becomes (an HTTP status in `web/errors.py`, an exit status in
the CLI, an `error` field in a batch line), never by reading the message."""
from __future__ import annotations

from typing import Optional


class ServiceError(Exception):
    code = "internal_error"

    def __init__(self, message: str, retry_after: Optional[int] = None):
        super().__init__(message)
        self.message = message
        # Seconds after which the same request may succeed (a refusal to protect latency,
        # not a fault): HTTP sends it as Retry-After.
        self.retry_after = retry_after

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


class ConfigError(ServiceError):
    """An environment variable holds a value the service cannot use."""
    code = "invalid_config"


class GazetteerError(ServiceError):
    """A gazetteer could not be built from its inputs (a seed file with bad lines)."""
    code = "gazetteer_error"


class InvalidInput(ServiceError):
    """Something a client sent is wrong; the base of every client error."""
    code = "invalid_request"


class InvalidJSON(InvalidInput):
    code = "invalid_json"


class InvalidUTF8(InvalidInput):
    code = "invalid_utf8"


class InvalidDocument(InvalidInput):
    """One document of many is unusable; the others are still linked."""
    code = "invalid_document"


class UnknownLanguage(InvalidInput):
    code = "unknown_lang"


class TextTooLong(InvalidInput):
    code = "text_too_long"


class BodyTooLarge(InvalidInput):
    code = "body_too_large"


class BatchTooLarge(InvalidInput):
    code = "batch_too_large"


class UnsupportedMediaType(InvalidInput):
    code = "unsupported_media_type"


class Unauthorized(ServiceError):
    code = "unauthorized"


class WritesDisabled(ServiceError):
    """Gazetteer writes need an API key, and the server has none configured."""
    code = "writes_disabled"


class NotFound(ServiceError):
    code = "not_found"


class Overloaded(ServiceError):
    """Every linking slot of this worker is busy and its waiting line is full."""
    code = "overloaded"


class DeadlineExceeded(ServiceError):
    """The request's time budget ran out before its work was done."""
    code = "deadline_exceeded"


class RateLimited(ServiceError):
    """This API key sent more requests than its per-minute allowance."""
    code = "rate_limited"


class LinkingFailed(ServiceError):
    """Linking raised on one document (a bug): that document fails, its batch goes on."""
    code = "linking_failed"
