"""The user cache of loaded rule catalogues: used when it is there, never stale, never needed."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from boilerstrip import cache, catalogue, firstchar

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("BOILERSTRIP_CACHE_DIR", str(where))
    return where


def _load(source: str) -> tuple:
    """A fresh load (the process-wide ``lru_cache`` of ``catalogue.load`` left alone)."""
    return catalogue.load.__wrapped__(source)


def _reading(rules: tuple) -> list:
    """Everything a load gives that verdicts depend on: the rules, each pattern's needles, and
    the sieve built from them."""
    sieve = firstchar.sieve.__wrapped__(rules)
    return [(r, r.regex.needles, r.needles, firstchar.first_chars(r.regex.pattern))
            for r in rules] + [{k: v for k, v in vars(sieve).items() if k != "rules"}]


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, parsing a pattern fails the test (first characters forgotten, too)."""
    def parsed(*args):
        raise AssertionError(f"a pattern was parsed: {args[0]!r}")

    monkeypatch.setattr(firstchar, "parsed", parsed)
    monkeypatch.setattr(firstchar, "_FIRST_CHARS", {})


def _files(where: Path, source: str) -> list[Path]:
    """The cache files of catalogue ``source`` (named by a key of 32 hex digits)."""
    if not where.exists():
        return []
    return sorted(p for p in where.glob(f"rules-{source}-*.json")
                  if len(p.stem) == len(f"rules-{source}-") + 32)


@pytest.mark.parametrize("source", catalogue.available())
def test_a_second_load_reads_the_cache_and_parses_no_pattern(source, folder, monkeypatch):
    computed = _reading(_load(source))
    assert len(_files(folder, source)) == 1, "the first load did not fill the cache"
    _no_parsing(monkeypatch)
    assert _reading(_load(source)) == computed


def test_the_default_folder_is_the_user_cache_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv("BOILERSTRIP_CACHE_DIR", raising=False)
    assert cache.folder() == Path(platformdirs.user_cache_dir("boilerstrip"))


@pytest.mark.parametrize("damage", [
    lambda b: b"",  # empty
    lambda b: b[: len(b) // 2],  # cut off
    lambda b: b"not json\n" + b,  # no header
    lambda b: b.replace(b'"id":"', b'"id":"x', 1),  # payload changed, checksum not
    lambda b: b"\x00\xff" * 40,  # binary junk
])
def test_a_broken_cache_file_is_passed_over_and_rewritten(damage, folder, monkeypatch):
    computed = _reading(_load("common"))
    path, = _files(folder, "common")
    good = path.read_bytes()
    path.write_bytes(damage(good))
    assert _reading(_load("common")) == computed
    assert path.read_bytes() == good, "the broken file was not replaced"


def test_a_cache_file_of_another_shape_is_passed_over(folder):
    computed = _reading(_load("common"))
    path, = _files(folder, "common")
    key = path.stem.rsplit("-", 1)[1]
    for body in ({"data": {"rules": []}, "analysis": [[None, None]]},  # lengths disagree
                 {"data": json.loads(path.read_bytes().partition(b"\n")[2])["data"],
                  "analysis": [[[1], None]] * len(computed[:-1])},  # needles not strings
                 {"rules": []}):  # no data
        payload = json.dumps(body).encode()
        header = json.dumps({"key": key, "sha256": cache.hashlib.sha256(payload).hexdigest()})
        path.write_bytes(header.encode() + b"\n" + payload)
        assert _reading(_load("common")) == computed


@pytest.mark.parametrize("where", ["a file", "a folder under a file"])
def test_an_unwritable_cache_folder_only_costs_time(where, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    target = blocker if where == "a file" else blocker / "cache"
    monkeypatch.setenv("BOILERSTRIP_CACHE_DIR", str(target))
    expected = _reading(catalogue.load("en"))  # (the process's own load, for comparison)
    assert _reading(_load("en")) == expected
    assert blocker.read_text() == "not a folder"


def test_only_the_newest_files_of_a_catalogue_are_kept(folder):
    _load("common")
    other = folder / ("rules-common-x-" + "0" * 32 + ".json")  # (not a key: not ours)
    other.write_text("{}")
    os.utime(other, (1, 1))
    for n in range(cache.KEEP + 3):
        old = folder / f"rules-common-{n:032x}.json"
        old.write_text("{}")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    cache.write("common", "f" * 32, {"rules": []}, [])
    kept = _files(folder, "common")
    assert len(kept) == cache.KEEP
    assert folder / f"rules-common-{'f' * 32}.json" in kept
    assert (folder / f"rules-common-{cache.KEEP + 2:032x}.json") in kept  # newest old ones stay
    assert (folder / f"rules-common-{0:032x}.json") not in kept
    assert other.exists()


# In new processes, on a copy of the package whose common catalogue the tests edit.

_PROBE = """
import json, sys
from boilerstrip import catalogue, firstchar
calls = []
real = firstchar.parsed
firstchar.parsed = lambda *a: calls.append(a[0]) or real(*a)
import boilerstrip
try:
    rules = catalogue.rules_for("en")
except boilerstrip.RuleError as exc:
    print(json.dumps({"error": str(exc)}))
    sys.exit(0)
added = [r for r in rules if r.id == "test.added"]
print(json.dumps({
    "parsed": len(calls),
    "first": sorted(firstchar.first_chars(added[0].regex.pattern)) if added else None,
    "clean": boilerstrip.clean("Zebra crossing ahead\\nYak crossing ahead\\n"
                               "The council met on Tuesday and approved the new budget for schools.\\n"),
}))
"""

_ADDED = """
[[rules]]
id = "test.added"
category = "test"
pattern = '{pattern}'
why = "a rule these tests add"
examples = ["Zebra crossing ahead"]
"""


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    shutil.copytree(SRC / "boilerstrip", root / "boilerstrip",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _probe(package: Path, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(package), BOILERSTRIP_CACHE_DIR=str(folder))
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _add_rule(package: Path, pattern: str) -> None:
    common = package / "boilerstrip" / "rules" / "common.toml"
    text = common.read_text(encoding="utf-8").split("\n[[rules]]\nid = \"test.added\"")[0]
    common.write_text(text + _ADDED.format(pattern=pattern), encoding="utf-8")


def test_a_changed_catalogue_is_read_anew(package, tmp_path):
    folder = tmp_path / "cache"
    _add_rule(package, r"^zebra crossing ahead$")
    first = _probe(package, folder)
    assert first["parsed"] > 200 and first["first"] == ["z"]
    assert first["clean"].startswith("Yak crossing ahead\n")
    again = _probe(package, folder)
    assert again == {**first, "parsed": 0}
    # the same number of rules, one pattern changed: a stale analysis would still file the
    # rule under "z", and the line it now matches would never be tried against it
    _add_rule(package, r"^yak crossing ahead$")
    changed = _probe(package, folder)
    assert changed["first"] == ["y"]
    assert changed["clean"].startswith("Zebra crossing ahead\nThe council")
    assert 0 < changed["parsed"] < first["parsed"]  # common parsed anew, en read from the cache
    assert _probe(package, folder)["parsed"] == 0


def test_a_catalogue_with_an_error_is_reported_on_every_run(package, tmp_path):
    folder = tmp_path / "cache"
    _add_rule(package, r"^zebra (crossing$")
    for _ in range(2):
        out = _probe(package, folder)
        assert "rules/common.toml rule #" in out["error"]
        assert "(test.added): pattern does not compile" in out["error"]
        assert not _files(folder, "common")
