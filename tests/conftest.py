from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]


_CACHE_FOLDER = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """The suite, and the commands it starts, keep loaded catalogues in a cache folder of their
    own (boilerstrip/cache.py), not the user's, unless BOILERSTRIP_CACHE_DIR names one."""
    if not os.environ.get("BOILERSTRIP_CACHE_DIR"):
        folder = tempfile.mkdtemp(prefix="boilerstrip-test-cache-")
        os.environ["BOILERSTRIP_CACHE_DIR"] = folder
        config.stash[_CACHE_FOLDER] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_CACHE_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("BOILERSTRIP_CACHE_DIR", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite golden/*.out.txt from the current output (read the diff before committing)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def clean_seconds() -> Callable[[str], float]:
    """Seconds ``boilerstrip.clean`` takes on a text: the best of three runs (a scheduler
    hiccup is not a complexity class). For linear-cost tests, which compare two sizes."""
    import boilerstrip

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            boilerstrip.clean(text)
            best = min(best, time.perf_counter() - start)
        return best

    return timed
