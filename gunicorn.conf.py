"""gunicorn settings for the service (`scripts/serve` and the Dockerfile use this file).
Every value comes from `service.config.Config`, the one reader of the environment."""
import json
import os

from service.config import Config

_cfg = Config.from_env()

bind = f"{_cfg.host}:{_cfg.port}"
# One worker linking two requests at once served as many requests per second as two workers
# on 2 cores (torch and ONNX Runtime release the GIL) in less memory; give a worker per core
# on bigger machines. The app admits MAX_IN_FLIGHT + MAX_QUEUED linking requests a worker;
# the threads beyond those answer the rest with 503 at once instead of leaving them in
# gthread's unbounded queue.
workers = _cfg.web_concurrency
worker_class = "gthread"
threads = _cfg.threads_per_worker()
preload_app = True            # load model and gazetteer once, share them with the workers
timeout = _cfg.gunicorn_timeout
# SIGTERM lets every admitted request finish: its budget bounds how long that takes.
graceful_timeout = int(_cfg.request_timeout_s) + 5
keepalive = 5
max_requests = _cfg.gunicorn_max_requests
max_requests_jitter = 50
accesslog = "-"
errorlog = "-"
loglevel = _cfg.log_level
# One JSON object per request.
access_log_format = json.dumps({
    "time": "%(t)s", "remote": "%(h)s", "method": "%(m)s", "path": "%(U)s", "query": "%(q)s",
    "status": "%(s)s", "bytes": "%(B)s", "duration_ms": "%(M)s", "agent": "%(a)s",
})


def post_fork(server, worker):
    # The master only loaded weights (no forward pass, no parallel region), with
    # OMP_NUM_THREADS=1 from scripts/serve; each worker sizes its own pool now. torch keeps
    # one thread: more would oversubscribe the cores under gthread's concurrent requests and,
    # had the master started a multi-threaded OpenMP pool, hang in libgomp (gunicorn#2478,
    # pytorch#49555). int8 runs each sentence on one thread, sentences side by side on this
    # many threads, so a lone request may use every core the worker has (whole seed article
    # at concurrency 1: p50 406 -> 235 ms on 2 cores; at concurrency 4 no change). The SQLite
    # connection and the ONNX Runtime session are opened per process.
    from service.web.wsgi import config, linker
    cores = max(1, (os.cpu_count() or 1) // server.cfg.workers) if config.ner_backend == "onnx-int8" else 1
    linker.ner.set_threads(config.torch_threads_per_worker or cores)
    # One sentence through the whole pipeline now opens this worker's ONNX Runtime session
    # and pages the weights in, so the first request does not wait for it.
    linker.link("Warm-up in Aleppo.")


def child_exit(server, worker):
    if _cfg.prometheus_multiproc_dir:
        from prometheus_client import multiprocess
        multiprocess.mark_process_dead(worker.pid, str(_cfg.prometheus_multiproc_dir))
