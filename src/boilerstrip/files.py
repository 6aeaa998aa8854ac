"""Finding input files, reading them as text, writing results atomically."""
from __future__ import annotations

import contextlib
import fnmatch
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .decode import Decoded, decode
from .errors import InputError

#: Files larger than this are refused: a scraped article is kilobytes, not gigabytes.
MAX_BYTES_DEFAULT = 256 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    path: Path  #: the file
    relative: Path  #: its path relative to the folder named on the command line


def discover(paths: list[Path], glob: str | tuple[str, ...]) -> Iterator[Source | InputError]:
    """Files named, and files matching ``glob`` (one pattern or several) below folders named,
    in a stable order. A missing path yields an InputError instead of stopping the walk, and
    so does a folder that cannot be listed, or a fifo, socket or device found in a folder
    (reading one would block or never end): nothing is skipped without a word."""
    globs = (glob,) if isinstance(glob, str) else tuple(glob)
    for path in paths:
        if path.is_dir():
            yield from _walk(path, globs)
        elif path.exists():  # named explicitly: a fifo is fine (`clean <(zcat a.txt.gz)`)
            yield Source(path, Path(path.name))
        else:
            yield InputError(f"{path}: no such file or folder", str(path))


def _walk(top: Path, globs: tuple[str, ...]) -> Iterator[Source | InputError]:
    """Depth first, files before subfolders, names sorted; symbolic links followed, but each
    folder walked once (a symlink loop ends). Iterative: os.walk recursed, and a tree 1,000
    folders deep ended in a RecursionError traceback."""
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:  # a symlink loop: do not walk it again
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputError(f"{folder}: folder cannot be read ({exc.strerror or exc}); "
                             "its files were skipped", str(folder))
            continue
        subfolders = []
        for entry in entries:
            full = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows symbolic links
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(full)
                continue
            if not any(fnmatch.fnmatch(entry.name, g) for g in globs):
                continue
            try:  # the directory listing knows a regular file; only others need a stat
                regular = entry.is_file() or stat.S_ISREG(os.stat(full).st_mode)  # (follow links)
            except OSError:
                regular = True  # a broken link, a loop: reading it will say what is wrong
            if not regular:
                yield InputError(f"{full}: not a regular file (a fifo, socket or device); "
                                 "skipped", str(full))
                continue
            yield Source(full, full.relative_to(top))
        stack.extend(reversed(subfolders))


def read(path: Path, max_bytes: int = MAX_BYTES_DEFAULT) -> Decoded:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the {max_bytes}-byte limit; "
                             "split the file first", str(path))
        data = path.read_bytes()
    except InputError:
        raise
    except PermissionError as exc:
        raise InputError(f"{path}: cannot be read (permission denied); check its permissions",
                         str(path)) from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})", str(path)) from exc
    return decode(data, str(path))


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to a temporary file beside ``path``, then rename it over
    ``path``: the original is never truncated, a crash leaves the old or the new content."""
    with atomic_writer(path) as f:
        f.write(text.encode("utf-8"))


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream into; on a clean exit it replaces ``path`` atomically
    (temporary file in the same folder, fsync, ``os.replace``, the old permissions kept).
    On an exception the temporary file is removed and ``path`` is untouched. Call
    :func:`discard` on the handle to leave ``path`` untouched on a clean exit too."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:  # a new file: what open() would give it (mkstemp's is 0600)
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
