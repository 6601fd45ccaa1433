"""gunicorn entry point (`service.web.wsgi:app`): the linker loads once in the master
(`preload_app`), and forked workers share its memory copy-on-write."""
from ..config import Config
from ..errors import ConfigError
from ..runtime import build_linker
from .app import create_app

try:
    config = Config.from_env()
except ConfigError as e:  # a plain message for the operator, not a traceback
    raise SystemExit(f"configuration error: {e.message}") from None
linker = build_linker(config, threads=0)
app = create_app(linker, config)
