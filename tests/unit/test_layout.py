"""The architecture the folders promise, checked: the runtime never imports the development
tooling, the environment is read in Config alone, errors map to HTTP statuses by type, the
HTTP response models stay in step with the domain dataclasses, and the README's module
table lists the tree."""
import ast
import re
import subprocess
import sys
from dataclasses import fields

import pytest

from service.config import ROOT, Config

SERVICE = ROOT / "service"
RUNTIME = sorted(p for p in SERVICE.rglob("*.py") if "dev" not in p.relative_to(SERVICE).parts)


def test_runtime_imports_nothing_from_the_development_package():
    code = ("import sys, service, service.linker, service.web.app, service.web.wsgi, service.batch, service.spark, "
            "service.cli, service.ner.model, service.gazetteer.build\n"
            "print(sorted(m for m in sys.modules if m.startswith('service.dev')))")
    env = {"GAZETTEER_DB": str(ROOT / "data" / "no-such.db"), "PATH": "/usr/bin:/bin"}
    # service.web.wsgi builds a linker at import; stop it there: the imports are what matter
    code = code.replace("service.web.wsgi, ", "")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    for path in RUNTIME:  # nor lazily, inside a function
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                target = "." * node.level + (node.module or "")
                assert not re.match(r"^(service\.dev|\.+dev)\b", target), f"{path} imports {target}"


def test_only_config_reads_the_environment():
    for path in RUNTIME:
        if path.name == "config.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"os\.environ\.get|os\.getenv|os\.environ\[", text), path


def test_every_environment_variable_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [v for v in Config.variables() if f"`{v}`" not in readme]
    assert not missing


def test_no_system_exit_below_the_command_line():
    allowed = {SERVICE / "cli.py", SERVICE / "__main__.py", SERVICE / "web" / "wsgi.py"}
    for path in RUNTIME:
        if path not in allowed:
            assert "SystemExit" not in path.read_text(encoding="utf-8"), path


def test_a_bad_setting_is_a_typed_error(monkeypatch):
    from service.errors import ConfigError
    monkeypatch.setenv("NIL_THRESHOLD", "high")
    with pytest.raises(ConfigError, match="NIL_THRESHOLD must be a number"):
        Config.from_env()
    monkeypatch.setenv("NIL_THRESHOLD", "")
    monkeypatch.setenv("NER_BACKEND", "tensorflow")
    with pytest.raises(ConfigError, match="NER_BACKEND"):
        Config.from_env()
    monkeypatch.delenv("NER_BACKEND")
    monkeypatch.setenv("NER_SPECIALISTS", "models/ner-uk")
    with pytest.raises(ConfigError, match="NER_SPECIALISTS must be auto, none or ISO 639 codes"):
        Config.from_env()
    for ok, langs in (("AUTO", None), ("none", frozenset()), ("uk, TR", frozenset({"uk", "tr"}))):
        monkeypatch.setenv("NER_SPECIALISTS", ok)
        assert Config.from_env().specialist_languages == langs


def test_ner_model_names_a_shipped_model_or_a_directory(monkeypatch, tmp_path):
    from service.config import NER_MODELS
    from service.errors import ConfigError
    assert Config.from_env().model_dir == NER_MODELS["accurate"] == ROOT / "models" / "ner"
    monkeypatch.setenv("NER_MODEL", "fast")
    assert Config.from_env().model_dir == ROOT / "models" / "ner-fast"
    monkeypatch.setenv("NER_MODEL", str(tmp_path))
    with pytest.raises(ConfigError, match="NER_MODEL must be accurate or fast or a model directory"):
        Config.from_env()
    (tmp_path / "config.json").write_text("{}")
    assert Config.from_env().model_dir == tmp_path


def test_http_status_comes_from_the_error_type():
    from service import errors
    from service.web.errors import status_of
    kinds = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ServiceError)]
    assert len({c.code for c in kinds}) == len(kinds)  # one code per type
    for cls in kinds:
        status = status_of(cls("x"))
        client_errors = (errors.InvalidInput, errors.Unauthorized, errors.NotFound, errors.WritesDisabled,
                         errors.RateLimited)
        assert (400 <= status < 500) == issubclass(cls, client_errors), cls
    assert status_of(errors.TextTooLong("x")) == 413 and status_of(errors.UnknownLanguage("x")) == 400


def test_response_schemas_have_the_dataclass_fields():
    """The OpenAPI models are written beside the dataclasses; this keeps every mirrored pair in step."""
    from service import domain
    from service.gazetteer.store import EntityRecord
    from service.web import schemas
    for dc, model in [(domain.Candidate, schemas.CandidateOut), (domain.Entity, schemas.EntityOut)]:
        assert [f.name for f in fields(dc)] == list(model.model_fields), (dc.__name__, model.__name__)
    record = EntityRecord(id="x", name="X", type="LOC", aliases=[("X", "en")]).to_dict()
    assert list(record) == list(schemas.EntityRecordOut.model_fields)
    assert list(record["aliases"][0]) == list(schemas.Alias.model_fields)
    # a search hit is a candidate without its feature breakdown
    assert list(schemas.SearchHit.model_fields) == [f.name for f in fields(domain.Candidate) if f.name != "features"]
    # a link response is a document's dict plus the model and gazetteer (and its version) that produced it
    doc = domain.Document("t", "en", []).to_dict()
    assert set(schemas.LinkResponse.model_fields) == set(doc) | {"model", "gazetteer", "gazetteer_version"}
    assert set(schemas.BatchItem.model_fields) == set(doc) | {"id", "error"}


def test_the_readme_module_table_lists_the_tree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`(service/[\w/]+\.py)`", section))
    tree = {p.relative_to(ROOT).as_posix() for p in SERVICE.rglob("*.py")
            if p.name != "__init__.py" or p.parent == SERVICE}  # a subpackage's __init__ only re-exports
    assert listed == tree, {"unlisted": sorted(tree - listed), "gone": sorted(listed - tree)}


def test_the_readme_lists_every_error_code():
    """A client matches on `code`: each one the service can send is in the README."""
    from service import errors
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = {c.code for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ServiceError)}
    assert codes, "no error types found"
    assert not [c for c in codes if f"`{c}`" not in readme]
