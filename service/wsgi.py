"""gunicorn entry point (`service.wsgi:app`): the linker loads once in the master
(`preload_app`), and forked workers share its memory copy-on-write."""
from .app import create_app
from .config import Config
from .runtime import build_linker

config = Config.from_env()
linker = build_linker(config, threads=0)
app = create_app(linker, config)
