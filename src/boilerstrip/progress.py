"""A progress bar on stderr for long runs (rich), or nothing at all.

Shown only when stderr is a terminal, so tests, CI logs and pipes never see it; it is
transient (gone when the run ends, leaving the summary line). Error lines printed meanwhile go
above it. It refreshes from the caller's thread only (no refresh thread), at most
REFRESH_SECONDS apart, so worker processes are never forked while a thread holds a lock.
"""
from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterator

#: A run needs at least this many files before it gets a bar: short runs end before it helps.
MIN_FILES_DEFAULT = 20
#: Seconds between redraws: smooth enough to read, cheap on a million small files.
REFRESH_SECONDS = 0.1


def wanted(files: int, *, quiet: bool, stdout_used: bool) -> bool:
    """A bar helps: many files, stderr is a terminal, and stdout does not print on that same
    screen (a listing or diff would be torn by the redraws)."""
    return (files >= MIN_FILES_DEFAULT and not quiet and sys.stderr.isatty()
            and not (stdout_used and sys.stdout.isatty()))


@contextlib.contextmanager
def bar(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """Yield ``advance()``: call it once per file done. A no-op when not ``enabled``."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)

    progress = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=Console(stderr=True), transient=True,
                        auto_refresh=False, redirect_stdout=False, redirect_stderr=True)
    task = progress.add_task("cleaning", total=total)
    last = 0.0

    def advance() -> None:
        nonlocal last
        progress.advance(task)
        now = time.monotonic()
        if now - last >= REFRESH_SECONDS:
            last = now
            progress.refresh()

    with progress:
        yield advance
