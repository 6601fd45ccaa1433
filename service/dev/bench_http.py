"""`python -m service.dev bench-http`: gunicorn under load on loopback.

Starts the service exactly as `make run` does (scripts/serve), sends the seed article from
`hey` at fixed concurrency for a fixed time, and prints requests/s, p50, p99, errors and the
memory (RSS and PSS) of all gunicorn processes. With --soak-seconds it then offers --soak-factor
times the measured capacity (open loop, `open_loop`) and prints accepted and refused requests
apart, with memory at the start and the end.
"""
from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..config import ROOT, Config


def free_port() -> int:
    """A TCP port nothing listens on now, on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_memory_mb(pid: int) -> dict:
    """RSS and PSS summed over a process and its descendants (gunicorn master + workers), and
    the highest peak RSS (VmHWM) any one of them reached.
    Forked workers share the preloaded model copy-on-write: RSS counts those pages once per
    process, PSS divides them among the sharers, so PSS is the memory the service really uses."""
    rss = pss = peak = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
            with open(f"/proc/{p}/status") as fh:
                peak = max([peak] + [int(line.split()[1]) for line in fh if line.startswith("VmHWM:")])
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return {"rss_mb": round(rss / 1024, 1), "pss_mb": round(pss / 1024, 1),
            "peak_rss_mb_largest_process": round(peak / 1024, 1)}


def parse_hey(out: str) -> dict:
    def grab(pattern):
        m = re.search(pattern, out)
        return float(m.group(1)) if m else None
    codes = {int(c): int(n) for c, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", out)}
    errors = sum(n for c, n in codes.items() if c >= 500) + int(grab(r"Error distribution:[\s\S]*?\[(\d+)\]") or 0)
    return {"requests_per_second": grab(r"Requests/sec:\s+([\d.]+)"),
            "p50_ms": round(1000 * grab(r"50%+ in ([\d.]+) secs"), 1) if grab(r"50%+ in ([\d.]+) secs") else None,
            "p99_ms": round(1000 * grab(r"99%+ in ([\d.]+) secs"), 1) if grab(r"99%+ in ([\d.]+) secs") else None,
            "status_codes": codes, "errors": errors}


def open_loop(url: str, body: bytes, rate: float, seconds: int) -> dict:
    """Send `rate` requests a second for `seconds`, each on its own connection, whatever the
    server's answers (open loop: a slow server meets the same arrivals, as in production).
    Latencies of accepted (2xx) and refused (503 overloaded) requests are kept apart: the
    promise is that the first stay bounded and the second are immediate."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    path = urllib.parse.urlsplit(url).path
    outcomes: list[tuple[str, float]] = []

    def one() -> None:
        t0 = time.perf_counter()
        try:
            conn = http.client.HTTPConnection(host, int(port), timeout=120)
            conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            payload = resp.read()
            conn.close()
            kind = str(resp.status)
            if resp.status == 503:
                kind += " " + json.loads(payload)["error"]["code"]
        except (OSError, ValueError, KeyError) as e:
            kind = type(e).__name__
        outcomes.append((kind, time.perf_counter() - t0))

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=256) as pool:
        i = 0
        while (due := start + i / rate) < start + seconds:
            time.sleep(max(0.0, due - time.perf_counter()))
            pool.submit(one)
            i += 1
    def pct(xs: list[float], q: float):
        return round(1000 * sorted(xs)[min(len(xs) - 1, int(q * len(xs)))], 1) if xs else None
    ok = [t for k, t in outcomes if k.startswith("2")]
    shed = [t for k, t in outcomes if k == "503 overloaded"]
    counts: dict[str, int] = {}
    for k, _ in outcomes:
        counts[k] = counts.get(k, 0) + 1
    return {"requests_per_second": round(len(ok) / seconds, 2), "offered": len(outcomes),
            "accepted": len(ok), "p50_ms": pct(ok, 0.5), "p99_ms": pct(ok, 0.99),
            "rejected": len(shed), "rejected_p50_ms": pct(shed, 0.5), "rejected_p99_ms": pct(shed, 0.99),
            "status_codes": counts,
            "errors": sum(n for k, n in counts.items() if not k.startswith("2") and k != "503 overloaded")}


def record(runs: list[dict], report: Path) -> None:
    """Put these runs into the benchmark report (replacing earlier runs of the same kind:
    load or soak, request size, concurrency, model, backend and worker count) and render it again."""
    from .report import merge, render_report, stamp
    results = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    runs = [{**r, "measured": stamp()} for r in runs]
    results["http"] = merge(results.get("http", []), runs,
                            ("kind", "words_per_request", "concurrency", "model", "backend", "workers"))
    results.setdefault("measured", {})["http"] = stamp()
    report.with_suffix(".json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    report.write_text(render_report(results) + "\n", encoding="utf-8")


def main(args) -> int:
    hey = shutil.which("hey")
    if hey is None:
        print("hey is not installed (Debian package 'hey'; make bench-http installs it)", file=sys.stderr)
        return 2
    body = Path(tempfile.mkstemp(suffix=".json")[1])
    text = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    if args.paragraphs:
        text = "\n\n".join([p for p in text.split("\n\n") if p.strip()][:args.paragraphs])
    body.write_text(json.dumps({"text": text}))
    # The load run measures what a worker completes, so admission control is out of its way:
    # hey's closed loop resends a refused request at once, a flood of 503s no real client
    # sends, which would eat the cores it measures. The overload run then meets the defaults.
    with serving(args.workers, MAX_WAIT_S="3600", MAX_QUEUED=str(max(64, args.concurrency))) as (server, url):
        runs = [run_load(args, hey, server, url, body)]
    if args.soak_seconds:
        with serving(args.workers) as (server, url):
            runs.append(run_overload(args, server, url, body, runs[0]))
    if args.record:
        record(runs, Path(args.record))
    body.unlink(missing_ok=True)
    return 0


@contextlib.contextmanager
def serving(workers: int, **env_extra):
    """(gunicorn master process, base URL) of `scripts/serve` on a free loopback port, once
    /readyz answers; stopped (the whole process group) after."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "PYTHON": sys.executable,
           "WEB_CONCURRENCY": str(workers), **env_extra}
    log = open(tempfile.mkstemp(suffix=".log")[1], "w")
    server = subprocess.Popen([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1200):
            try:
                urllib.request.urlopen(url + "/readyz", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"gunicorn exited: see {log.name}") from None
                time.sleep(0.25)
        yield server, url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


def _warm(url: str, body: Path) -> None:
    for _ in range(4):  # each worker
        urllib.request.urlopen(urllib.request.Request(url + "/v1/link", data=body.read_bytes(),
                                                      headers={"Content-Type": "application/json"}), timeout=60)


def _common(args, body: Path) -> dict:
    cfg = Config.from_env()
    return {"model": cfg.ner_model, "backend": cfg.ner_backend, "workers": args.workers,
            "words_per_request": len(json.loads(body.read_text())["text"].split())}


def run_load(args, hey: str, server, url: str, body: Path) -> dict:
    """Warm each worker, then hey at the asked concurrency."""
    _warm(url, body)
    common = _common(args, body)
    words = common["words_per_request"]
    mem_start = tree_memory_mb(server.pid)
    cmd = [hey, "-z", f"{args.duration}s", "-c", str(args.concurrency), "-m", "POST", "-T", "application/json",
           "-D", str(body), url + "/v1/link"]
    res = parse_hey(subprocess.run(cmd, capture_output=True, text=True).stdout)
    res.update(
        {
            "kind": "load",
            "run": f"load {args.duration} s, concurrency {args.concurrency}, {words} words",
            **common,
            "concurrency": args.concurrency,
            "duration_s": args.duration,
            "mem_start": mem_start,
            "mem_end": tree_memory_mb(server.pid),
        }
    )
    print(json.dumps({"load": res}))
    return res


def run_overload(args, server, url: str, body: Path, load: dict) -> dict:
    """--soak-factor times the capacity the load run measured, open loop, on the defaults."""
    _warm(url, body)
    common = _common(args, body)
    rate = args.soak_factor * (load["requests_per_second"] or 1)
    mem_start = tree_memory_mb(server.pid)
    soak = open_loop(url + "/v1/link", body.read_bytes(), rate, args.soak_seconds)
    soak.update(
        {
            "kind": "soak",
            "run": f"overload {args.soak_seconds} s at {args.soak_factor:g}x capacity "
                   f"({rate:.2f} req/s offered), {common['words_per_request']} words",
            **common,
            "target_rate": round(rate, 2),
            "seconds": args.soak_seconds,
            "mem_start": mem_start,
            "mem_end": tree_memory_mb(server.pid),
        }
    )
    print(json.dumps({"soak": soak}))
    return soak
