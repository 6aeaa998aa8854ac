"""Project configuration ([tool.boilerstrip] / boilerstrip.toml) and safe in-place writes."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from boilerstrip import project
from boilerstrip.cli import app
from boilerstrip.errors import OptionError

ARTICLE = (
    "Harbour crane collapses during storm\n"
    "Share this story\n"
    "A container crane at the northern harbour collapsed on Sunday night as gusts of more than "
    "120 kilometres an hour swept the coast, the port authority said on Monday morning.\n"
    "Nobody was working on the quay at the time, and the authority said the damage to ships "
    "berthed nearby was limited to scratched paint and a broken railing.\n"
    "Tide times for the week are on the back page of the Saturday paper\n"
)
CLEAN = "\n".join(ln for ln in ARTICLE.splitlines() if ln != "Share this story") + "\n"


def _run(*args: str):
    return CliRunner().invoke(app, ["clean", *args])


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


@pytest.fixture(autouse=True)
def _fresh_cache():
    project._find_in.cache_clear()
    project._cached.cache_clear()
    yield


def test_extra_drop_rule_from_boilerstrip_toml(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml", '[[rules]]\nid = "site.tide_note"\n'
           'pattern = "^tide times for the week\\\\b"\nwhy = "the paper\'s tide-table note"\n')
    f = _write(tmp_path / "news" / "a.txt", ARTICLE)
    res = _run("--explain", str(f))
    assert "site.tide_note" in res.output and "the paper's tide-table note" in res.output
    res = _run(str(f))
    assert "Tide times for the week" not in res.output and "Share this story" not in res.output


def test_keep_rule_in_pyproject_wins_over_drop_rules(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[project]\nname = "corpus"\n\n[tool.boilerstrip]\n'
           '[[tool.boilerstrip.keep]]\nid = "keep.share_line"\npattern = "^share this story$"\n')
    f = _write(tmp_path / "a.txt", ARTICLE)
    res = _run(str(f))
    assert "Share this story" in res.output


def test_pyproject_without_our_table_is_ignored(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    f = _write(tmp_path / "a.txt", ARTICLE)
    assert _run(str(f)).output == CLEAN


def test_disable_and_language_from_config(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml", 'disable = ["share"]\nlanguage = "en"\n')
    f = _write(tmp_path / "a.txt", ARTICLE)
    assert "Share this story" in _run(str(f)).output


def test_exclude_holds_for_explicit_file_names(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml", 'exclude = ["drafts/*"]\n')
    kept = _write(tmp_path / "drafts" / "d.txt", ARTICLE)
    done = _write(tmp_path / "news" / "n.txt", ARTICLE)
    res = _run("--in-place", str(kept), str(done))
    assert res.exit_code == 1
    assert kept.read_text(encoding="utf-8") == ARTICLE
    assert done.read_text(encoding="utf-8") == CLEAN
    assert "1 excluded by configuration" in res.stderr


def test_include_limits_the_files(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml", 'include = ["*.txt"]\n')
    other = _write(tmp_path / "notes.text", ARTICLE)
    res = _run("--in-place", str(other))
    assert res.exit_code == 0 and other.read_text(encoding="utf-8") == ARTICLE


def test_per_folder_override(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml", '[[overrides]]\npath = "site-a/*"\n'
           '[[overrides.rules]]\nid = "site_a.promo"\npattern = "^tide times for the week"\n')
    a = _write(tmp_path / "site-a" / "x.txt", ARTICLE)
    b = _write(tmp_path / "site-b" / "x.txt", ARTICLE)
    assert "Tide times for the week" not in _run(str(a)).output
    assert "Tide times for the week" in _run(str(b)).output


def test_explicit_config_option(tmp_path: Path) -> None:
    cfg = _write(tmp_path / "elsewhere" / "my.toml", 'disable = ["share.widget"]\n')
    f = _write(tmp_path / "a.txt", ARTICLE)
    assert "Share this story" in _run("--config", str(cfg), str(f)).output


@pytest.mark.parametrize("body, needle", [
    ('colour = "red"\n', "unknown key(s) colour"),
    ('[[rules]]\nid = "x.y"\npattern = "("\n', "rules[1] (x.y): pattern does not compile"),
    ('[[rules]]\nid = "x.y"\npattern = "a"\nwhom = 1\n', "rules[1]: unknown key(s) whom"),
    ('[[rules]]\nid = "Bad Id"\npattern = "a"\n', "must look like 'family.kind'"),
    ('[[keep]]\npattern = "a"\n', "keep[1]: 'id' is required"),
    ('disable = 3\n', "'disable' must be a string or a list of strings"),
    ('[[overrides]]\nglob = "a/*"\n', "needs a 'path' glob"),
    ('language = \n', "not valid TOML"),
])
def test_configuration_errors_name_file_key_and_problem(tmp_path: Path, body: str,
                                                        needle: str) -> None:
    cfg = _write(tmp_path / "boilerstrip.toml", body)
    f = _write(tmp_path / "a.txt", ARTICLE)
    res = _run("--in-place", str(f))
    assert res.exit_code == 2
    assert str(cfg) in res.stderr and needle in res.stderr, res.stderr
    assert "Traceback" not in res.output
    assert f.read_text(encoding="utf-8") == ARTICLE


def test_catastrophic_user_pattern_cannot_hang(tmp_path: Path) -> None:
    _write(tmp_path / "boilerstrip.toml",
           '[[rules]]\nid = "evil.pattern"\npattern = "^(a+)+$"\nmax_chars = 100000\n')
    f = _write(tmp_path / "a.txt", ARTICLE + "a" * 40 + "!\n")
    started = time.monotonic()
    res = _run(str(f))
    assert res.exit_code in (0, 1)
    # Without the guard this line alone takes 2**40 steps (hours); with it, well under a minute.
    assert time.monotonic() - started < 60
    assert "a" * 40 + "!" in res.output


def test_crlf_stays_crlf_and_clean_file_is_not_rewritten(tmp_path: Path) -> None:
    crlf = _write(tmp_path / "crlf.txt", ARTICLE.replace("\n", "\r\n"))
    assert _run("--in-place", str(crlf)).exit_code == 1
    assert crlf.read_bytes() == CLEAN.replace("\n", "\r\n").encode()
    past = time.time() - 3600
    os.utime(crlf, (past, past))
    assert _run("--in-place", str(crlf)).exit_code == 0  # already clean: untouched
    assert crlf.stat().st_mtime == pytest.approx(past, abs=1)


def test_in_place_keeps_permissions(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", ARTICLE)
    os.chmod(f, 0o640)
    assert _run("--in-place", str(f)).exit_code == 1
    assert f.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_project_api_errors_are_option_errors(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="configuration file not found"):
        project.load(tmp_path / "missing.toml")
    _write(tmp_path / "pyproject.toml", '[tool.other]\nx = 1\n')
    with pytest.raises(OptionError, match=r"no \[tool.boilerstrip\] table"):
        project.load(tmp_path / "pyproject.toml")


def test_readme_configuration_example_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    cfg = _write(tmp_path / "pyproject.toml", block)
    proj = project.load(cfg)
    assert proj.excluded(tmp_path / "raw" / "x.txt")
    scope = proj.scope_for(tmp_path / "example-news" / "a.txt")
    assert scope.language == "fr" and {r.id for r in scope.rules} >= {"example_news.radio",
                                                                        "keep.motto"}
    page = _write(tmp_path / "a.txt", ARTICLE.replace(
        "Tide times for the week are on the back page of the Saturday paper", "Download the app now"))
    assert "Download the app now" in page.read_text(encoding="utf-8")
    res = _run("--explain", str(page))
    assert "site.app_promo" in res.output and "Download the app now" not in _run(str(page)).output
