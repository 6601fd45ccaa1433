"""Development tooling, apart from the runtime: benchmarks (`bench`, `bench_http`, `report`),
baselines, NER and linking evaluation (`evaluation`), corpus readers (`corpora`) and
generated data (`synthetic`). Run as `python -m service.dev COMMAND`.

Nothing in the runtime imports this package (tests/unit/test_layout.py checks it), the
Docker image and the wheel leave it out, and it may import anything from the runtime."""
