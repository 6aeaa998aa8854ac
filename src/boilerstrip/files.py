"""Finding input files, reading them as text, writing results atomically."""
from __future__ import annotations

import contextlib
import fnmatch
import os
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
    in a stable order. A missing path yields an InputError instead of stopping the walk."""
    globs = (glob,) if isinstance(glob, str) else tuple(glob)
    for path in paths:
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, names in os.walk(path, followlinks=True):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:  # a symlink loop: do not walk it again
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for name in sorted(names):
                    if any(fnmatch.fnmatch(name, g) for g in globs):
                        full = Path(root) / name
                        yield Source(full, full.relative_to(path))
        elif path.exists():
            yield Source(path, Path(path.name))
        else:
            yield InputError(f"{path}: no such file or folder", str(path))


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
        if getattr(f, _DISCARD, False):
            os.unlink(tmp)
            return
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_DISCARD = "_boilerstrip_discard"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def discard(handle: BinaryIO) -> None:
    """Tell :func:`atomic_writer` to drop what was written (nothing changed: keep the mtime)."""
    setattr(handle, _DISCARD, True)
