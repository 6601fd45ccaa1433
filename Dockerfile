# Multilingual entity-linking service: gunicorn on port 8000, model and gazetteer baked in.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000 \
    GAZETTEER_DB=/app/data/gazetteer.db \
    NER_ONNX_DIR=/app/data/onnx

WORKDIR /app

# CPU-only torch first (PyPI's default build for Linux bundles CUDA, several GB);
# requirements.txt's torch==2.13.0 is then already satisfied.
# PyICU (for rigour's country data) compiles against ICU: the compiler goes once the
# wheels are built, the ICU runtime stays.
COPY requirements.txt .
# Debian point releases replace these packages; pinning their versions would break the build.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends g++ pkg-config libicu-dev libicu72 \
 && pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install -r requirements.txt \
 && apt-get purge -y g++ pkg-config libicu-dev \
 && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*

COPY service/ service/
COPY models/ models/
COPY seeds/ seeds/
COPY scripts/ scripts/
COPY gunicorn.conf.py .

# Bake the default gazetteer (seeds + packaged world countries and cities) and the int8
# model (the default NER_BACKEND; ~20 s) into the image.
RUN python -m service gazetteer build --db "$GAZETTEER_DB" \
 && python -m service build-onnx \
 && NER_MODEL=fast python -m service build-onnx \
 && useradd --system --uid 10001 --home-dir /app linker \
 && chown -R linker /app/data

USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8000'), timeout=4)"]
ENV PYTHON=python
ENTRYPOINT ["/app/scripts/serve"]
