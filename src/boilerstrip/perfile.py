"""The work on one text or HTML file of a `clean` run, from reading it to what is to be printed
and written, returned as a plain value (:class:`Outcome`).

It prints nothing and writes nothing, so it can run in a worker process (``--jobs N``) while
the parent applies outcomes in input order; ``--jobs 1`` calls the same function in-process.
Only reading happens here: the file itself, and for an HTML page under ``--in-place`` /
``--check`` the text twin beside it.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from . import clean_and_explain
from .errors import BoilerstripError, InputError
from .record import dumps, to_record


@dataclass(frozen=True)
class Options:
    """What every file of one run shares (the command-line switches that shape output)."""

    input_kind: str
    output_dir: Optional[Path]
    in_place: bool
    check: bool
    diff: bool
    explain: bool
    color: bool
    format: str  #: text, json or jsonl

    @property
    def structured(self) -> bool:
        return self.format != "text"

    @property
    def to_stdout(self) -> bool:
        return not (self.output_dir or self.in_place or self.check or self.diff or self.explain)


@dataclass(frozen=True)
class Job:
    path: Path  #: the file
    relative: Path  #: its path relative to the folder named on the command line
    config: int  #: index into the run's tuple of distinct Configs


@dataclass
class Outcome:
    """What the parent does for one file, in this order: print ``messages``; if ``internal``
    is set, stop the run with exit code 123; else write ``text`` to ``target`` (or stdout)."""

    #: ("err", msg): an error line on stderr (counts as an error); ("out", text): written to
    #: stdout as is; ("echo", line): a line on stdout.
    messages: List[Tuple[str, str]] = field(default_factory=list)
    changed: bool = False
    target: Optional[Path] = None  #: the output file (named in a write error even for stdout)
    text: Optional[str] = None  #: what to write there (or to stdout); None: nothing
    internal: Optional[str] = None  #: an internal-error message: the run stops (exit 123)


def is_html(kind: str, text: str, name: str | None) -> bool:
    from .extract import looks_like_html

    return kind == "html" or (kind == "auto" and looks_like_html(text, name))


def page_of(html: str, name: str, metadata: bool = True):
    """The page's text (and, with ``metadata``, its authors, dates, site name: JSON output
    needs them, text output does not and skips trafilatura's slow metadata search)."""
    from .extract import from_html

    try:
        return from_html(html, metadata=metadata)
    except Exception as exc:  # trafilatura/lxml on hostile markup: this file only
        raise InputError(f"{name}: the HTML could not be parsed ({type(exc).__name__}: {exc}); "
                         "try --input text, or fix the file", name) from exc


def newlines_as_input(original: str, cleaned: str) -> str:
    """CRLF files stay CRLF: the pipeline speaks '\n', the file keeps its own line ends."""
    return cleaned.replace("\n", "\r\n") if "\r\n" in original else cleaned


def unified(before: str, after: str, name: str) -> str:
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"{name} (original)", tofile=f"{name} (cleaned)"))


def explain_text(name: str, result, color: bool, encoding: str | None = None) -> str:
    import typer  # typer.style, not click.style: recent typer vendors click, not installs it

    enc = f", encoding {encoding}" if encoding else ""
    head = f"{name}: language {result.language}{enc}, {len(result.removed)} line(s) removed"
    if not result.text:  # say why nothing is left, rather than print an empty article
        head += ("; every line was boilerplate, the output is empty" if result.removed
                 else "; no text (empty or only white space), the output is empty")
    out = [typer.style(head, bold=True) if color else head]
    width = max((len(r.rule_id) for r in result.removed), default=0)
    for r in result.removed:
        rid = r.rule_id.ljust(width)
        if color:
            rid = typer.style(rid, fg=typer.colors.YELLOW)
        text = r.text if len(r.text) <= 100 else r.text[:97] + "..."
        out.append(f"  {r.line_number:>5}  {rid}  {text}")
        out.append(f"  {'':>5}  {'':{width}}  ({r.reason})")
    return "\n".join(out) + "\n"


def internal_message(name: str, exc: BaseException) -> str:
    return (f"internal error while cleaning {name}: {type(exc).__name__}: {exc} "
            "(please report it; set BOILERSTRIP_DEBUG=1 for the traceback)")


def clean_guarded(text: str, name: str, config):
    """``(result, None)``; for a bug in the cleaner ``(None, message)`` naming the input (with
    BOILERSTRIP_DEBUG set the bug propagates, traceback and all). A BoilerstripError other
    than an input error propagates: it stops the run, as a broken option does."""
    try:
        return clean_and_explain(text, config), None
    except BoilerstripError:
        raise
    except Exception as exc:  # a bug: say so clearly, name the input, stop with 123
        if os.environ.get("BOILERSTRIP_DEBUG"):
            raise
        return None, internal_message(name, exc)


def render(result, source: str, encoding: str | None, page, fmt: str) -> str:
    record = to_record(result, source=source, encoding=encoding, page=page)
    return dumps(record, pretty=fmt == "json")


def clean_file(job: Job, config, opts: Options) -> Outcome:
    """Read, decode, (extract,) clean and judge one file; say what to print and write.
    Input errors become an "err" message; a bug becomes ``internal`` (unless
    BOILERSTRIP_DEBUG is set: then it propagates with its traceback); a BoilerstripError
    other than an input error propagates (it stops the run, as a broken option does)."""
    from . import files  # (not needed by the command's start-up)

    name = str(job.path)
    out = Outcome()
    try:
        decoded = files.read(job.path)
        text = decoded.text
        html = is_html(opts.input_kind, text, job.path.name)
        page = None
        target = opts.output_dir / job.relative if opts.output_dir else job.path
        if html:  # the page's text goes to NAME.txt; the page itself is never rewritten
            target = target.with_suffix(".txt")
            page = page_of(text, name, metadata=opts.structured)
            text = page.text
    except InputError as exc:
        out.messages.append(("err", str(exc)))
        return out
    if opts.structured:
        target = target.with_suffix(".json")
    out.target = target
    result, out.internal = clean_guarded(text, name, config)
    if result is None:
        return out
    cleaned = newlines_as_input(text, result.text)
    twin = html and not opts.output_dir and (opts.in_place or opts.check)  # would -i change?
    twin_exists = twin and target.exists()
    if twin_exists:
        # the text twin beside the page: changed only when it is missing or stale
        try:
            text = files.read(target).text
        except InputError:
            text = None
    # a legacy encoding or a BOM is rewritten as plain UTF-8: that is a change too
    out.changed = changed = bool(
        cleaned != text or (not html and (decoded.encoding != "utf-8" or decoded.bom))
        or (twin and not twin_exists))
    if opts.explain and (changed or not opts.check):  # --check --explain: what would change
        out.messages.append(("out", explain_text(name, result, opts.color, decoded.encoding)))
    if opts.diff and changed:
        out.messages.append(("out", unified(text or "", cleaned, name)))
    if opts.check and changed and not opts.diff:
        what = (f"{len(result.removed)} line(s) to remove" if result.removed
                else "blank lines and line ends only")
        if twin:
            out.messages.append(("echo", f"would write {target}: the text of {name} ({what})"))
        else:
            out.messages.append(("echo", f"would clean {name} ({what})"))
    if opts.check:
        return out
    written = render(result, name, decoded.encoding, page, opts.format) if opts.structured \
        else cleaned
    if opts.output_dir or opts.to_stdout:
        out.text = written
    elif opts.in_place and changed:  # unchanged files are not rewritten: their mtime stays
        out.text = cleaned
    return out
