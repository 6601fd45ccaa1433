"""The fast NER variant: the same weights exported to ONNX and dynamically quantized to
int8 (per-channel weights) for ONNX Runtime. Built on first use next to the model (or in
NER_ONNX_DIR) and reused while the model file is unchanged."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

# Bumped when the exported graph changes for the same weights (v2: packed word embeddings;
# v3: 7-bit weights, see build_int8).
GRAPH_VERSION = b"3"


def _fingerprint(model_dir: Path) -> str:
    """Content hash of the model files (a specialist's and its base's): a fresh clone or a
    Docker COPY keeps the cache valid."""
    from .specialists import weight_dirs
    h = hashlib.sha256(GRAPH_VERSION)
    for folder in weight_dirs(model_dir):
        for name in ("config.json", "model.safetensors"):
            p = folder / name
            if p.exists():
                with open(p, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
    return h.hexdigest()[:16]


def int8_path(model_dir: Path, cache_dir: Optional[Path] = None) -> Path:
    """Where the int8 file of this model's weights is (or will be) built."""
    cache = Path(cache_dir) if cache_dir else Path(model_dir).parent / f"{Path(model_dir).name}-onnx"
    return cache / _fingerprint(Path(model_dir)) / "model.int8.onnx"


def build_int8(model, out_dir: Path) -> Path:
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    out_dir.mkdir(parents=True, exist_ok=True)
    fp32, int8 = out_dir / "model.fp32.onnx", out_dir / "model.int8.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    model.eval()
    torch.onnx.export(model, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}})
    # Fuse attention, LayerNorm and GELU into ONNX Runtime's BERT kernels before quantizing.
    from onnxruntime.transformers.optimizer import optimize_model
    fused = out_dir / "model.fused.onnx"
    cfg = model.config
    optimize_model(str(fp32), model_type="bert", num_heads=cfg.num_attention_heads,
                   hidden_size=cfg.hidden_size).save_model_to_file(str(fused))
    # The word-embedding gather stays fp32: quantizing it costs accuracy and saves no time.
    # 7-bit weights (reduce_range): ONNX Runtime's int8 products saturate on x86 CPUs without
    # VNNI (AVX2 only), so the same file gave other entities there than on an AVX-512 VNNI
    # machine ("Единая Россия" split off "Россия", which then linked to Russia).
    quantize_dynamic(str(fused), str(int8), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True,
                     op_types_to_quantize=["MatMul", "Attention"],
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    fp32.unlink()
    fused.unlink()
    return int8


# Initializers this large (the 4-bit word embeddings and their scales, 60 of the file's 83 MB)
# are held once per process and handed to every session whose graph has the same bytes: a
# language specialist's graph repeats its base's word embeddings, and each session of its own
# cost about 110 MB once used.
SHARE_MIN_BYTES = 1 << 20
_shared: dict = {}  # (name, sha1 of its bytes) -> (array, OrtValue over it), this process's
_shared_pid: list = [None]
_shared_lock = threading.Lock()


def _shared_initializers(path: Path) -> dict:
    """The graph's large initializers as this process's shared OrtValues, by name."""
    import onnx
    import onnxruntime as ort
    from onnx import numpy_helper
    out = {}
    with _shared_lock:
        if _shared_pid[0] != os.getpid():  # a forked worker makes its own
            _shared.clear()
            _shared_pid[0] = os.getpid()
        for init in onnx.load(str(path)).graph.initializer:
            if len(init.raw_data) >= SHARE_MIN_BYTES:
                key = (init.name, hashlib.sha1(init.raw_data).hexdigest())
                if key not in _shared:
                    array = numpy_helper.to_array(init)
                    _shared[key] = (array, ort.OrtValue.ortvalue_from_numpy(array))
                out[init.name] = _shared[key][1]
    return out


class OnnxInt8:
    """The quantized model, built once into a cache directory (in a temporary folder moved
    into place under a lock, so a killed or concurrent build never leaves a half file), and
    an ONNX Runtime session opened lazily in each process (thread pools must not cross a
    fork).

    Inputs are read one sentence per call (see NerModel.recognize). A sentence's matrices are
    too small to split across cores, so each call runs on one thread and `threads` calls run
    side by side (ONNX Runtime releases the GIL): `threads` of them, which gunicorn workers set
    to their share of the cores (gunicorn.conf.py, through NerModel.set_threads)."""

    name = "onnx-int8"
    # Dynamic int8 quantizes activations with one scale per input tensor, so in a batch a
    # sentence's tags depended on its neighbours (the same document came back with other
    # types from the batch command and from Spark): one sentence per call.
    batch_size = 1

    def __init__(self, model, model_dir: Path, cache_dir: Optional[Path] = None, threads: Optional[int] = None,
                 path: Optional[Path] = None):
        from ..locking import exclusive
        self.path = path or int8_path(model_dir, cache_dir)
        final, cache = self.path.parent, self.path.parent.parent
        if not self.path.exists():
            if model is None:
                raise FileNotFoundError(f"{self.path} is not built and no model was given to build it")
            with exclusive(final):
                if not self.path.exists():
                    cache.mkdir(parents=True, exist_ok=True)
                    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=cache))
                    try:
                        build_int8(model, tmp)
                        final.mkdir(parents=True, exist_ok=True)
                        os.replace(tmp / "model.int8.onnx", self.path)
                    finally:
                        shutil.rmtree(tmp, ignore_errors=True)
        self.threads = threads
        self._session, self._pool, self._pid = None, None, None

    def logits(self, batches: list[tuple[np.ndarray, np.ndarray]]) -> Iterator[np.ndarray]:
        """Logits for each (input_ids, attention_mask) pair, in order."""
        if self._session is None or self._pid != os.getpid():
            import onnxruntime as ort
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = 1
            opts.inter_op_num_threads = 1
            for name, value in _shared_initializers(self.path).items():
                opts.add_initializer(name, value)
            self._session = ort.InferenceSession(str(self.path), opts, providers=["CPUExecutionProvider"])
            parallel = self.threads or 1
            self._pool = ThreadPoolExecutor(parallel, thread_name_prefix="onnx") if parallel > 1 else None
            self._pid = os.getpid()

        def run(batch):
            return self._session.run(["logits"], {"input_ids": batch[0], "attention_mask": batch[1]})[0]
        return self._pool.map(run, batches) if self._pool is not None and len(batches) > 1 else map(run, batches)
