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
