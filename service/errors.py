"""Typed errors of the service. Each carries a stable `code` clients can match on; the
front ends decide what it becomes (an HTTP status in `web/errors.py`, an exit status in
the CLI, an `error` field in a batch line), never by reading the message."""
from __future__ import annotations


class ServiceError(Exception):
    code = "internal_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

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


class LinkingFailed(ServiceError):
    """Linking raised on one document (a bug): that document fails, its batch goes on."""
    code = "linking_failed"
