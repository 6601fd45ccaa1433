"""The HTTP front end: the Flask app (`app`), its request/response schemas (`schemas`,
which generate /openapi.json), errors -> statuses (`errors`), Prometheus metrics
(`metrics`), the gunicorn entry point (`wsgi`) and the demo page (`static/`)."""
