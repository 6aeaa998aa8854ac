"""Cold start: what a fresh process (a pre-commit hook's) loads to clean one plain-text file."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from boilerstrip import stoplists

SRC = Path(__file__).resolve().parents[1] / "src"


def _fresh(code: str, env: dict | None = None) -> str:
    """Run ``code`` in a new interpreter with this tree's package first on the path; its stdout."""
    environ = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(SRC)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    environ.update(env or {})
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environ, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("language", sorted(stoplists._NAMES))
def test_stoplists_are_justexts_own(language: str) -> None:
    import justext

    assert stoplists.stoplist(language) == frozenset(
        w.lower() for w in justext.get_stoplist(stoplists._NAMES[language]))


def test_cleaning_plain_text_imports_no_html_library() -> None:
    # jusText (and with it lxml) is only read for its stoplist files: a plain-text run needs
    # neither module, and importing them was a sixth of a cold start.
    out = _fresh(
        "import json, sys, boilerstrip\n"
        "boilerstrip.clean('Share this\\nThe council met on Tuesday and approved the budget.\\n')\n"
        "print(json.dumps(sorted(m for m in ('justext', 'lxml', 'trafilatura', 'dateparser')"
        " if m in sys.modules)))\n")
    assert json.loads(out) == []


def test_a_check_run_on_plain_text_loads_only_what_it_needs(tmp_path: Path) -> None:
    # What `boilerstrip clean --check FILE` (a pre-commit hook's run) imports: metadata and the
    # `regex` package (user rules) wait for a run that needs them, as the HTML stack does.
    page = tmp_path / "page.txt"
    page.write_text("Share this\nThe council met on Tuesday and approved the budget.\n",
                    encoding="utf-8")
    out = _fresh(
        "import json, sys\n"
        "from boilerstrip.cli import main\n"
        f"sys.argv = ['boilerstrip', 'clean', '--check', {str(page)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in ('justext', 'lxml', 'trafilatura', 'dateparser',"
        " 'regex', 'boilerstrip.metadata', 'ftfy', 'charset_normalizer') if m in sys.modules)))\n")
    assert json.loads(out.splitlines()[-1]) == []


def test_metadata_is_still_there_when_asked_for() -> None:
    import boilerstrip
    from boilerstrip.metadata import Metadata

    assert boilerstrip.Metadata is Metadata
    assert "Metadata" in boilerstrip.__all__
    with pytest.raises(AttributeError):
        boilerstrip.no_such_name  # noqa: B018
