"""The compiled build (``make wheel``): mypyc's extraction modules give the source's output.

The wheel is built from a copy of the checkout, as ``make wheel`` builds it, installed into a
folder of its own, and run in a subprocess; everything else in this test run imports the
source. Building takes about a minute.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from graph.extract import extract_findings, findings_to_record
from graph.model import Article
from graph.resources import data_dir

ROOT = Path(__file__).resolve().parent.parent
_COMPILER = shlex.split(sysconfig.get_config_var("CC") or "cc")[0]

pytestmark = [
    pytest.mark.skipif(shutil.which(_COMPILER) is None,
                       reason=f"no C compiler ({_COMPILER}) to build the compiled wheel"),
    pytest.mark.skipif(importlib.util.find_spec("hatch_mypyc") is None,
                       reason="hatch-mypyc is not installed (it comes with the dev extra)"),
]

#: Run in the subprocess: the records of the texts read as JSON from stdin.
_EXTRACT = """
import json, sys
from graph.extract import extract_findings, findings_to_record
from graph.model import Article
texts = json.load(sys.stdin)
print(json.dumps([findings_to_record(extract_findings(Article.from_text(text)))
                  for text in texts]))
"""


def _copy_checkout(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    for folder in ("graph", "data", "ontology"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the package installed from a freshly built compiled wheel."""
    source, wheels, site = (tmp_path_factory.mktemp(name) for name in ("source", "dist", "site"))
    _copy_checkout(source)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir",
                    str(wheels), str(source)],
                   env={**os.environ, "HATCH_BUILD_HOOK_ENABLE_MYPYC": "1"}, check=True)
    (wheel,) = wheels.glob("*.whl")
    assert not wheel.name.endswith("-none-any.whl"), "the wheel was built without compiling"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    return site


def _run(site: Path, code: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(site)},
                          cwd=site, check=True)
    return done.stdout


def test_the_extraction_stages_are_compiled(compiled_site: Path) -> None:
    names = ("patterns", "segment", "mentions", "lexicon", "clauses", "rules", "tables",
             "extractor")
    code = ("import importlib\n"
            f"for name in {names!r}:\n"
            "    print(importlib.import_module('graph.extract.' + name).__file__)")
    files = _run(compiled_site, code).split()
    assert len(files) == len(names)
    assert all(file.startswith(str(compiled_site)) and file.endswith(".so") for file in files)
    version = _run(compiled_site, "from graph.cli import cli; cli(['--version'])")
    assert version.strip().endswith("(extraction compiled with mypyc)")


def test_the_compiled_extractor_finds_what_the_source_finds(compiled_site: Path) -> None:
    texts = [path.read_text(encoding="utf-8")
             for path in sorted((data_dir() / "gold").rglob("*.txt"))]
    for probes in sorted((data_dir() / "gold" / "probes").glob("*.tsv")):
        texts.extend("Defence news.\n\n" + line.split("\t")[0].replace("\\n", "\n\n")
                     for line in probes.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    texts.extend(["", "\x00\ufffd", "Russia.", "| Russia | Mi-17 | Mozambique |\n" * 3])
    expected = [findings_to_record(extract_findings(Article.from_text(text)))
                for text in texts]
    compiled = json.loads(_run(compiled_site, _EXTRACT, json.dumps(texts)))
    assert sum(len(record["ties"]) for record in expected) > 1000
    mismatched = [index for index, (want, got) in enumerate(zip(expected, compiled, strict=True))
                  if want != got]
    assert not mismatched, f"{len(mismatched)} texts differ, the first: {texts[mismatched[0]]!r}"
