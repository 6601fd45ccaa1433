"""The one place where errors become HTTP statuses: a typed `ServiceError` maps by its
class (the most specific entry of its MRO wins), so the status never depends on message
text. Every error leaves as `{"error": {"code", "message"}}`."""
from __future__ import annotations

from flask import Response, jsonify

from ..errors import (
    BatchTooLarge,
    BodyTooLarge,
    DeadlineExceeded,
    InvalidInput,
    NotFound,
    Overloaded,
    RateLimited,
    ServiceError,
    TextTooLong,
    Unauthorized,
    UnsupportedMediaType,
    WritesDisabled,
)

STATUS: dict[type, int] = {
    ServiceError: 500,
    InvalidInput: 400,
    TextTooLong: 413,
    BodyTooLarge: 413,
    BatchTooLarge: 413,
    UnsupportedMediaType: 415,
    Unauthorized: 401,
    WritesDisabled: 403,
    NotFound: 404,
    Overloaded: 503,
    DeadlineExceeded: 503,
    RateLimited: 429,
}


def status_of(error: ServiceError) -> int:
    return next(STATUS[cls] for cls in type(error).__mro__ if cls in STATUS)


def error_response(error: ServiceError) -> Response:
    resp = json_error(status_of(error), error.code, error.message)
    if error.retry_after is not None:
        resp.headers["Retry-After"] = str(error.retry_after)
    return resp


def json_error(status: int, code: str, message: str) -> Response:
    """For errors that arrive from Flask or pydantic rather than as a ServiceError."""
    resp = jsonify({"error": {"code": code, "message": message}})
    resp.status_code = status
    return resp
