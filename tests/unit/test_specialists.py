"""Language specialists: finding them beside a base model and routing texts by language."""
from __future__ import annotations

import json

from service.domain import Mention
from service.ner.onnx_int8 import int8_path
from service.ner.specialists import LanguageRouter, find, read_spec, vocab_dir, weight_dirs


class Echo:
    """A recognizer that tags each whole text with its own name as the type."""

    def __init__(self, name):
        self.name, self.backend, self.model_dir, self.languages, self.labels = name, "torch", None, set(), []
        self.calls = []

    def recognize(self, texts, word_spans=None, deadline=None, langs=None):
        self.calls.append((list(texts), word_spans))
        return [[Mention(0, len(t), t, self.name, 1.0)] for t in texts]


def _model(folder, **config):
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"num_hidden_layers": 12, **config}))
    (folder / "model.safetensors").write_bytes(b"weights of " + folder.name.encode())
    return folder


def test_texts_go_to_their_language_specialist_in_order_and_the_rest_to_the_base():
    base, tr = Echo("base"), Echo("tr")
    router = LanguageRouter(base, {"tr": tr})
    texts = ["Ankara'da toplandılar.", "They met in Kyiv.", "Halep'te çatışma.", "Без мови."]
    spans = [[(0, 1)], [(0, 2)], [(0, 3)], [(0, 4)]]
    out = router.recognize(texts, word_spans=spans, langs=["tr", "en", "tr", None])
    assert [ms[0].type for ms in out] == ["tr", "base", "tr", "base"]
    assert [ms[0].text for ms in out] == texts
    assert tr.calls == [([texts[0], texts[2]], [spans[0], spans[2]])]
    assert base.calls == [([texts[1], texts[3]], [spans[1], spans[3]])]
    # without languages every text is the base model's
    assert [ms[0].type for ms in router.recognize(texts)] == ["base"] * 4
    assert router.name == "base+tr"


def test_specialists_are_found_beside_their_base_only(tmp_path):
    ner = _model(tmp_path / "ner")
    _model(tmp_path / "ner-fast")
    _model(tmp_path / "ner-tr", specialist={"base": "ner", "language": "tr", "first_layer": 6})
    _model(tmp_path / "ner-uk", specialist={"base": "ner", "language": "uk", "first_layer": 6})
    _model(tmp_path / "ner-fast-ar", specialist={"base": "ner-fast", "language": "ar", "first_layer": 2})
    # a training run's output elsewhere is not the shipped specialist ("tmp-tr" sorts after "ner-tr")
    _model(tmp_path / "tmp-tr", specialist={"base": "ner", "language": "tr", "first_layer": 3})
    _model(tmp_path / "other-ar", specialist={"base": "ner-fast", "language": "ar", "first_layer": 2})
    assert find(ner) == {"tr": tmp_path / "ner-tr", "uk": tmp_path / "ner-uk"}
    assert find(ner, frozenset({"uk"})) == {"uk": tmp_path / "ner-uk"}
    assert find(ner, frozenset()) == {}
    assert find(tmp_path / "ner-fast") == {"ar": tmp_path / "ner-fast-ar"}
    spec = read_spec(tmp_path / "ner-tr")
    assert (spec.base, spec.language, spec.first_layer) == (ner.resolve(), "tr", 6)
    assert read_spec(ner) is None
    assert weight_dirs(tmp_path / "ner-tr") == [ner.resolve(), tmp_path / "ner-tr"]
    assert vocab_dir(tmp_path / "ner-tr") == ner.resolve() and vocab_dir(ner) == ner


def test_a_specialists_int8_file_changes_with_its_base_weights(tmp_path):
    """The int8 file holds the base's lower layers too: retraining the base must not leave a
    specialist's stale int8 file in use."""
    ner = _model(tmp_path / "ner")
    tr = _model(tmp_path / "ner-tr", specialist={"base": "ner", "language": "tr", "first_layer": 6})
    before = int8_path(tr)
    (ner / "model.safetensors").write_bytes(b"retrained")
    assert int8_path(tr) != before
    assert int8_path(tr).parent.parent == tmp_path / "ner-tr-onnx"


def test_a_low_rank_pair_is_its_base_matrix_plus_the_product():
    import pytest
    import torch

    from service.ner.specialists import merge
    base = torch.randn(6, 4)
    a, b = torch.randn(6, 2), torch.randn(2, 4)
    state = {"layer.weight": base.clone(), "layer.bias": torch.zeros(6)}
    merge(state, {"layer.weight.delta_a": a.half(), "layer.weight.delta_b": b.half(),
                  "layer.bias": torch.ones(6, dtype=torch.float16)})
    assert set(state) == {"layer.weight", "layer.bias"}
    assert torch.allclose(state["layer.weight"], base + a.half().float() @ b.half().float())
    assert state["layer.bias"].dtype == torch.float32 and state["layer.bias"].sum() == 6
    with pytest.raises(RuntimeError, match="other.weight"):
        merge(state, {"other.weight.delta_a": a, "other.weight.delta_b": b})


def test_training_stores_a_change_of_the_chosen_rank_and_the_classifier_whole():
    import sys

    import torch

    from service.config import ROOT
    from service.ner.specialists import merge
    sys.path.insert(0, str(ROOT / "models"))
    from specialize_ner import compress
    torch.manual_seed(0)
    base = {"layer.weight": torch.randn(8, 5), "classifier.weight": torch.randn(3, 8)}
    change = torch.randn(8, 2) @ torch.randn(2, 5)  # a rank-2 change is kept exactly at rank 2
    trained = {"layer.weight": base["layer.weight"] + change, "layer.bias": torch.randn(8),
               "classifier.weight": torch.randn(3, 8)}
    stored = compress(trained, base, rank=2)
    assert stored["layer.weight.delta_a"].shape == (8, 2) and stored["layer.weight.delta_b"].shape == (2, 5)
    assert "layer.weight" not in stored and stored["classifier.weight"].shape == (3, 8)
    state = {k: v.clone() for k, v in base.items()}
    merge(state, stored)
    assert torch.allclose(state["layer.weight"], trained["layer.weight"], atol=2e-2)
    assert torch.allclose(state["classifier.weight"], trained["classifier.weight"], atol=1e-2)
    assert set(compress(trained, base, rank=0)) == set(trained)


def _graph(path, table):
    """A graph that gathers rows of `table`, a large initializer like the word embeddings."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "input_ids"], ["logits"])], "g",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, [None])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [None, table.shape[1]])],
        [numpy_helper.from_array(table, "table")])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    return path


def test_sessions_share_a_large_initializer_only_where_its_bytes_are_the_same(tmp_path):
    """A specialist's int8 graph repeats its base's word embeddings (60 of 83 MB): one copy a
    process, not one a session; a graph with other bytes under the same name gets its own."""
    import numpy as np
    import onnxruntime as ort

    from service.ner.onnx_int8 import SHARE_MIN_BYTES, _shared_initializers
    rows = SHARE_MIN_BYTES // (4 * 64) + 1
    table = np.arange(rows * 64, dtype=np.float32).reshape(rows, 64)
    base, spec, other = (_graph(tmp_path / f"{n}.onnx", t) for n, t in
                         (("base", table), ("spec", table.copy()), ("other", table + 1)))
    assert _shared_initializers(base)["table"] is _shared_initializers(spec)["table"]
    assert _shared_initializers(other)["table"] is not _shared_initializers(base)["table"]
    for path, want in ((base, table), (other, table + 1)):
        opts = ort.SessionOptions()
        for name, value in _shared_initializers(path).items():
            opts.add_initializer(name, value)
        session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        got = session.run(["logits"], {"input_ids": np.array([0, rows - 1])})[0]
        assert (got == want[[0, rows - 1]]).all()
