"""``clean --jobs N``: run :func:`perfile.clean_file` over many files in worker processes
(``concurrent.futures.ProcessPoolExecutor``) and hand the outcomes back **in input order**.

The parent keeps all printing and writing, so output does not depend on which worker finishes
first. Work is sent in small chunks, and at most a few chunks per worker are in flight, so a
folder of a million files does not queue a million outcomes in memory. Each worker process
loads the catalogues, stoplists and langdetect profiles once (lazily, on its first document)
and keeps them for every file it is given; the run's Configs reach it once, at start-up.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
import traceback
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Tuple

from .perfile import Job, Options, Outcome, clean_file

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Fewer files than this and the run stays in-process: starting workers would cost more time
#: than sharing the work saves (a worker pays a few tenths of a second to start and to load
#: the catalogues and langdetect profiles; a file takes about a hundredth).
MIN_FILES_DEFAULT = 8
#: Files per task sent to a worker: enough to amortise the round trip, few enough that the
#: last tasks of a run spread over all workers.
CHUNK_MAX_DEFAULT = 8
#: Tasks per worker queued or running at once: keeps workers busy while the parent writes,
#: and bounds the memory held by outcomes not yet applied.
WINDOW_PER_WORKER_DEFAULT = 4
#: Seconds between a worker's checks that its parent is still alive. A parent killed outright
#: (SIGKILL, out of memory) cannot tell its workers to stop, and they would wait for work
#: forever: each one leaves when its parent is gone.
PARENT_POLL_SECONDS = 0.5


def default_jobs() -> int:
    """All cores this process may use (the affinity mask where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker, attached as ``__cause__``."""


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory)."""


# -- worker side ------------------------------------------------------------------------------

_CONFIGS: tuple = ()
_OPTIONS: Options | None = None


def _init_worker(configs: tuple, options: Options) -> None:
    global _CONFIGS, _OPTIONS
    _CONFIGS, _OPTIONS = configs, options
    # Ctrl-C reaches the whole process group: the parent alone handles it (cancels pending
    # work, says "interrupted"); workers finish the file at hand and are told to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="boilerstrip-parent-watch").start()


def _exit_with_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:  # re-parented: the parent is gone
            os._exit(1)


def _run_chunk(jobs: Sequence[Job]) -> List[object]:
    """Outcomes of ``jobs``; an exception ends the chunk as a (exception, traceback) pair,
    so the outcomes before it still arrive and the parent raises it at that file's turn."""
    results: List[object] = []
    for job in jobs:
        try:
            results.append(clean_file(job, _CONFIGS[job.config], _OPTIONS))
        except Exception as exc:
            results.append((exc, traceback.format_exc()))
            break
    return results


# -- parent side ------------------------------------------------------------------------------

def _chunks(jobs: Sequence[Job], size: int) -> Iterator[Sequence[Job]]:
    for i in range(0, len(jobs), size):
        yield jobs[i:i + size]


def _unpack(results: List[object]) -> Iterator[Outcome]:
    for item in results:
        if isinstance(item, tuple):
            exc, tb = item
            raise exc from WorkerTraceback(tb)
        yield item  # type: ignore[misc]


def serial(jobs: Sequence[Job], configs: tuple, options: Options) -> Iterator[Outcome]:
    """The outcomes computed here, one by one: ``--jobs 1`` and small runs."""
    for job in jobs:
        yield clean_file(job, configs[job.config], options)


@contextlib.contextmanager
def outcomes(jobs: Sequence[Job], configs: tuple, options: Options,
             workers: Optional[int]) -> Iterator[Iterator[Outcome]]:
    """A context giving the outcome of each job, in the order of ``jobs``, computed by
    ``workers`` processes (None: one per core; in-process when that is 1 or the jobs are few).

    Leaving the context early (an internal error, Ctrl-C) cancels the work not yet started
    and waits only for the files being cleaned; workers are always joined before it returns
    (an executor left running at interpreter exit can race its own clean-up on 3.11)."""
    if workers is None and len(jobs) >= MIN_FILES_DEFAULT:
        workers = default_jobs()
    if workers is None or workers <= 1 or len(jobs) < MIN_FILES_DEFAULT:
        yield serial(jobs, configs, options)
        return
    # imported here: a run that stays serial (a pre-commit hook on one file) never pays for it
    from concurrent.futures import ProcessPoolExecutor

    workers = min(workers, len(jobs))
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                   initargs=(configs, options))
    try:
        yield _ordered(executor, jobs, workers)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _ordered(executor, jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(CHUNK_MAX_DEFAULT, len(jobs) // (workers * 4)))
    chunks = _chunks(jobs, size)
    pending: deque[Tuple["Future", Sequence[Job]]] = deque()

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            pending.append((executor.submit(_run_chunk, chunk), chunk))

    for _ in range(workers * WINDOW_PER_WORKER_DEFAULT):
        submit()
    while pending:
        future, chunk = pending.popleft()
        try:
            results = future.result()
        except BrokenProcessPool as exc:
            raise WorkerDied(f"a worker process ended abruptly while cleaning one of "
                             f"{', '.join(str(j.path) for j in chunk)}") from exc
        submit()  # keep the window full while the parent applies these outcomes
        yield from _unpack(results)


def may_run_apart(entries: Sequence[Tuple[Path, Path]], options: Options) -> bool:
    """False when one input's output could be another input (``--output-dir`` inside an input
    folder, a file named twice under ``--in-place``, an HTML page whose text twin is also an
    input, ...). Then the order of reads and writes matters, and the run stays serial so that
    each file reads exactly what a one-by-one run would. ``entries``: (path, relative path)
    of every input, text, HTML and JSONL alike."""
    if options.check:
        return True  # nothing is written
    resolved: dict[Path, str] = {}  # realpath costs a stat per path component: once a path

    def real(p: Path) -> str:
        if p not in resolved:
            resolved[p] = os.path.realpath(p)
        return resolved[p]

    readers: dict[str, set] = {}
    for i, (path, _) in enumerate(entries):
        read = {path} if options.output_dir else {path, path.with_suffix(".txt")}  # + twin
        for p in read:
            readers.setdefault(real(p), set()).add(i)
    for i, (path, relative) in enumerate(entries):
        base = options.output_dir / relative if options.output_dir else path
        for p in {base, base.with_suffix(".txt"), base.with_suffix(".json")}:
            if readers.get(real(p), set()) - {i}:
                return False
    return True
