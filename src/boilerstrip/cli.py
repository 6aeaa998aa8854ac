"""Command line: parses, reads, writes, and maps errors to messages and exit codes.

Exit codes (black's contract, which pre-commit and CI understand):
0 nothing changed, 1 something changed (or would), 2 usage or input error, 123 internal error.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import BoilerstripError, InputError
from .perfile import Options, Outcome, clean_guarded, explain_text, is_html, \
    newlines_as_input, page_of, unified

EXIT_OK, EXIT_CHANGED, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 123

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Strip boilerplate (share widgets, bylines, related lists, comment prompts, footers) "
    "from scraped article text and keep the article.",
)

CLEAN_HELP = """Clean files, folders or standard input.

\b
Examples:
  boilerstrip clean article.txt                 # cleaned text on stdout
  cat article.txt | boilerstrip clean           # stdin to stdout (or use '-')
  boilerstrip clean --explain article.txt       # what was removed, and why
  boilerstrip clean corpus/ --output-dir clean/ # mirror a folder tree
  boilerstrip clean corpus/ --in-place          # rewrite files atomically
  boilerstrip clean corpus/ --check --diff      # change nothing, show what would change
  boilerstrip clean page.html                   # HTML: trafilatura extracts, then the filters
  boilerstrip clean --format json article.txt   # text, metadata and removed lines as JSON
  boilerstrip clean corpus.jsonl --field text   # clean one field of every JSONL record

Exit codes: 0 nothing changed, 1 changed or would change, 2 usage or input error,
123 internal error.
"""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"boilerstrip {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """boilerstrip: keep the article, drop the boilerplate."""


def _err(msg: str) -> None:
    typer.echo(f"boilerstrip: {msg}", err=True)


class _Run:
    """State of one `clean` invocation: counts that decide the exit code."""

    def __init__(self) -> None:
        self.changed = 0
        self.errors = 0
        self.files = 0
        self.skipped = 0  #: excluded by the project configuration


@app.command("clean", help=CLEAN_HELP, no_args_is_help=False)
def clean_cmd(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Files or folders to clean; none or '-' reads standard input.",
        show_default=False),
    output_dir: Optional[Path] = typer.Option(
        None, "--output-dir", "-o", help="Write cleaned files here, mirroring the input tree."),
    in_place: bool = typer.Option(False, "--in-place", "-i",
                                  help="Rewrite each file atomically (temp file + rename)."),
    check: bool = typer.Option(False, "--check",
                               help="Write nothing; list files that would change; exit 1 if any."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff instead of the text."),
    explain: bool = typer.Option(False, "--explain",
                                 help="Print each removed line with its rule id and reason."),
    glob: Optional[str] = typer.Option(
        None, "--glob", help="File pattern used inside folders [default: *.txt, plus *.html "
        "and *.htm unless --input text].", show_default=False),
    input_kind: str = typer.Option(
        "auto", "--input", help="auto: HTML by name (.html/.htm) or content (doctype, <html>), "
        "a JSONL corpus by name (.jsonl), else text; text, html or jsonl force it. HTML goes "
        "through trafilatura first; its text lands in NAME.txt (--output-dir, and --in-place "
        "writes that twin beside the page)."),
    output_format: str = typer.Option(
        "text", "--format", "-f", help="text: the cleaned text; json: one indented record per "
        "input (stdout, or NAME.json in --output-dir); jsonl: one record per line on stdout. "
        "A record holds text, language, encoding, metadata (title, author, date, sitename, "
        "url) and the removed lines (schema: README, 'JSON output'). Not for JSONL corpora."),
    field: str = typer.Option(
        "text", "--field", help="JSONL corpora: the field of each record to clean."),
    on_error: str = typer.Option(
        "pass", "--on-error", help="JSONL corpora: a malformed record (bad JSON, not an object, "
        "field missing or not a string) is reported as FILE:LINE on stderr and then passed "
        "through unchanged (pass) or left out (skip); either way the exit code is 2."),
    language: Optional[str] = typer.Option(
        None, "--language", "-l", help="Force the language (ISO 639-1, e.g. 'de'); "
        "default: detect per document."),
    disable: Optional[List[str]] = typer.Option(
        None, "--disable", help="Rule id or family to switch off (repeatable), e.g. 'share'."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Skip the ftfy repair stage."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="No summary and no progress bar on stderr."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, show_default=False, help="Clean files in this many "
        "processes at once (default: all cores); 1 cleans them one by one in this process. "
        "Output and exit code are the same either way (printed and written in input order). "
        "Standard input, a single file, JSONL corpora and runs of under 8 files are cleaned "
        "in this process. A progress bar shows on stderr when it is a terminal and there "
        "are 20 files or more."),
    config_file: Optional[Path] = typer.Option(
        None, "--config", help="Project configuration (boilerstrip.toml or a pyproject.toml "
        "with [tool.boilerstrip]); default: the nearest one above each file."),
) -> None:
    if in_place and output_dir:
        _err("--in-place and --output-dir exclude each other; pick one")
        raise typer.Exit(EXIT_INPUT)
    if input_kind not in ("auto", "text", "html", "jsonl"):
        _err(f"--input must be auto, text, html or jsonl, not {input_kind!r}")
        raise typer.Exit(EXIT_INPUT)
    _check_output_options(output_format, on_error, in_place=in_place, output_dir=output_dir,
                          check=check, diff=diff, explain=explain)
    globs = (glob,) if glob else {"text": ("*.txt",), "jsonl": ("*.jsonl",)}.get(
        input_kind, ("*.txt", "*.html", "*.htm"))
    out = _Output(output_format, field, on_error)
    settings = _Settings(language, frozenset(disable or ()), not no_repair, config_file)
    try:
        settings.for_file(None)  # a broken option or configuration stops the run up front
    except BoilerstripError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT)
    items = list(paths or [])
    stdin = not items or items == [Path("-")]
    if not stdin and Path("-") in items:
        _err("'-' (standard input) cannot be mixed with file names")
        raise typer.Exit(EXIT_INPUT)
    run = _Run()
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    try:
        if stdin:
            if in_place or output_dir:
                _err("--in-place and --output-dir need file or folder arguments, not stdin")
                raise typer.Exit(EXIT_INPUT)
            _clean_stdin(settings.for_file(None)[1], run, input_kind, out, check=check, diff=diff,
                         explain=explain, color=color)
        else:
            opts = Options(input_kind, output_dir, in_place, check, diff, explain, color,
                           output_format)
            _clean_paths(items, settings, run, out, opts, glob=globs, quiet=quiet,
                         jobs=jobs)
    except BoilerstripError as exc:  # a configuration file found on the way is broken
        _err(str(exc))
        raise typer.Exit(EXIT_INPUT)
    except BrokenPipeError:
        # stdout closed early (e.g. `| head`): end quietly, as Unix tools do, with the exit
        # code of what was done so far (`--check | head -1` must still fail when a file
        # would change; it used to exit 0).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError as exc:  # stdout on a full disk (ENOSPC), an I/O error: say so, no traceback
        where = f"{exc.filename}: cannot be read or written" if exc.filename else \
            "cannot write to standard output"
        _err(f"{where} ({exc.strerror or exc})")
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the unflushed rest would fail again at exit
        raise typer.Exit(EXIT_INPUT)
    if run.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_CHANGED if run.changed else EXIT_OK)


class _Output:
    """How results are written: --format, and for JSONL corpora --field and --on-error."""

    def __init__(self, fmt: str, field: str, on_error: str) -> None:
        self.format, self.field, self.on_error = fmt, field, on_error

    @property
    def structured(self) -> bool:
        return self.format != "text"

    def render(self, result, source: str, encoding: str | None, page) -> str:
        from .perfile import render

        return render(result, source, encoding, page, self.format)


def _check_output_options(fmt: str, on_error: str, *, in_place: bool, output_dir, check: bool,
                          diff: bool, explain: bool) -> None:
    if fmt not in ("text", "json", "jsonl"):
        _err(f"--format must be text, json or jsonl, not {fmt!r}")
        raise typer.Exit(EXIT_INPUT)
    if on_error not in ("pass", "skip"):
        _err(f"--on-error must be pass or skip, not {on_error!r}")
        raise typer.Exit(EXIT_INPUT)
    if fmt == "text":
        return
    clash = [name for name, on in (("--in-place", in_place), ("--check", check), ("--diff", diff),
                                   ("--explain", explain)) if on]
    if clash:
        _err(f"--format {fmt} writes records, so it does not go with {', '.join(clash)} "
             "(the record's 'removed' list already explains each removal)")
        raise typer.Exit(EXIT_INPUT)
    if fmt == "jsonl" and output_dir:
        _err("--format jsonl writes one stream of records to stdout; for one file per input "
             "use --format json --output-dir DIR")
        raise typer.Exit(EXIT_INPUT)


class _Settings:
    """Command-line options merged with the project configuration that governs each file."""

    def __init__(self, language, disable, repair, config_file) -> None:
        self.language, self.disable, self.repair = language, disable, repair
        self.config_file = config_file
        self._configs: dict = {}

    def for_file(self, path: Path | None):
        """(project, Config) for ``path`` (None: standard input, governed from the cwd)."""
        from . import project
        from .config import Config

        proj = project.for_path(path if path is not None else Path.cwd(), self.config_file)
        scope = proj.scope_for(path)  # a value: equal settings share one Config
        if scope not in self._configs:
            self._configs[scope] = Config.from_options(
                language=self.language or scope.language, disable=self.disable | scope.disable,
                repair=self.repair, extra_rules=scope.rules)
        return proj, self._configs[scope]


def _is_corpus(kind: str, name: str | None) -> bool:
    return kind == "jsonl" or (kind == "auto" and name is not None
                               and name.lower().endswith(".jsonl"))


def _process(text: str, name: str, config):
    result, internal = clean_guarded(text, name, config)
    if result is None:
        _err(internal)
        raise typer.Exit(EXIT_INTERNAL)
    return result


def _clean_stdin(config, run: _Run, input_kind: str, out: _Output, *, check, diff, explain,
                 color) -> None:
    from .decode import decode

    if input_kind == "jsonl":
        if diff or explain:
            _err("--diff and --explain do not apply to JSONL corpora")
            run.errors += 1
            return
        sink = None if check else sys.stdout.buffer
        run.changed += _clean_corpus(sys.stdin.buffer, "<stdin>", sink, config, run, out)
        return
    data = sys.stdin.buffer.read()
    page = None
    try:
        decoded = decode(data, "<stdin>")
        text = decoded.text
        if is_html(input_kind, text, None):
            page = page_of(text, "<stdin>", metadata=out.structured)
            text = page.text
    except InputError as exc:
        _err(str(exc))
        run.errors += 1
        return
    result = _process(text, "<stdin>", config)
    cleaned = newlines_as_input(text, result.text)
    if cleaned != text:
        run.changed += 1
    if out.structured:
        sys.stdout.write(out.render(result, "-", decoded.encoding, page))
        sys.stdout.flush()
        return
    if explain:
        sys.stdout.write(explain_text("<stdin>", result, color, decoded.encoding))
    if diff:
        sys.stdout.write(unified(text, cleaned, "<stdin>"))
    if not (check or diff or explain):
        sys.stdout.write(cleaned)
    sys.stdout.flush()


def _clean_corpus(stream, name: str, sink, config, run: _Run, out: _Output) -> bool:
    """Stream one JSONL corpus from ``stream`` to ``sink`` (None: --check, write nothing).
    Malformed records go to stderr as NAME:LINE; True when any record changed."""
    from .corpus import RecordFailure, clean_lines

    changed = False
    action = "passed through unchanged" if out.on_error == "pass" else "left out (--on-error skip)"
    try:
        for outcome in clean_lines(stream, field=out.field, config=config,
                                   on_error=out.on_error):  # type: ignore[arg-type]
            if outcome.error is not None:
                _err(f"{name}:{outcome.line_number}: {outcome.error}; record {action}")
                run.errors += 1
            changed = changed or outcome.changed
            if sink is not None and outcome.output is not None:
                sink.write(outcome.output)
    except RecordFailure as exc:
        if os.environ.get("BOILERSTRIP_DEBUG"):
            raise
        _err(f"internal error while cleaning {name}, {exc} (please report it; set "
             "BOILERSTRIP_DEBUG=1 for the traceback)")
        raise typer.Exit(EXIT_INTERNAL)
    if sink is not None:
        sink.flush()
    return changed


class _Unchanged(Exception):
    """Raised inside an atomic write whose result equals the file: nothing is replaced."""


def _clean_corpus_file(src, config, run: _Run, out: _Output, *, output_dir, in_place,
                       check) -> None:
    from . import files

    name = str(src.path)
    try:
        with open(src.path, "rb") as stream:
            if check:
                changed = _clean_corpus(stream, name, None, config, run, out)
            elif output_dir or in_place:
                target = output_dir / src.relative if output_dir else src.path
                try:
                    with files.atomic_writer(target) as sink:
                        changed = _clean_corpus(stream, name, sink, config, run, out)
                        if in_place and not changed:
                            raise _Unchanged  # the writer drops its temporary file
                except _Unchanged:
                    pass  # nothing to change: the file and its mtime stay
            else:
                sys.stdout.flush()  # text written before goes out before these bytes
                changed = _clean_corpus(stream, name, sys.stdout.buffer, config, run, out)
    except OSError as exc:
        _err(f"{name}: cannot be read or written ({exc.strerror or exc}); "
             "the original is untouched")
        run.errors += 1
        return
    if changed:
        run.changed += 1
        if check:
            typer.echo(f"would clean {name} (records to change)")


def _clean_paths(items, settings: _Settings, run: _Run, out: _Output, opts: Options, *, glob,
                 quiet, jobs: int | None) -> None:
    from . import files, parallel, progress
    from .perfile import Job

    sources = []  # (source or error, its Config)
    for src in files.discover(items, glob):
        if isinstance(src, InputError):
            sources.append((src, None))
            continue
        proj, config = settings.for_file(src.path)
        # exclude / include globs hold even for files named explicitly (pre-commit names them)
        if proj.excluded(src.path):
            run.skipped += 1
            continue
        sources.append((src, config))
    real = [s for s, _ in sources if not isinstance(s, InputError)]
    streams = out.format == "jsonl" or all(_is_corpus(opts.input_kind, s.path.name) for s in real)
    if opts.to_stdout and len(real) > 1 and not streams:  # JSONL records stay apart on stdout
        _err(f"{len(real)} files to clean: name --output-dir DIR or --in-place "
             "(or --check / --diff / --explain), since one stdout cannot hold them apart")
        raise typer.Exit(EXIT_INPUT)
    # Text and HTML files become Jobs (parallel.outcomes runs them, maybe in worker processes);
    # errors and JSONL corpora are handled here, each at its turn.
    indexed: dict = {}  # id(Config) -> (index, Config): workers receive each Config once
    plan = []
    for src, config in sources:
        if isinstance(src, InputError) or _is_corpus(opts.input_kind, src.path.name):
            plan.append((src, config))
        else:
            index = indexed.setdefault(id(config), (len(indexed), config))[0]
            plan.append((Job(src.path, src.relative, index), None))
    jobs_todo = [item for item, _ in plan if isinstance(item, Job)]
    if jobs != 1 and not parallel.may_run_apart([(s.path, s.relative) for s in real], opts):
        jobs = 1  # one file's output is another's input: read them in order
    show = progress.wanted(len(real), quiet=quiet, stdout_used=not (
        (opts.output_dir or opts.in_place) and not (opts.check or opts.diff or opts.explain)))
    configs = tuple(config for _, config in indexed.values())
    try:
        with parallel.outcomes(jobs_todo, configs, opts, jobs) as outcomes, \
                progress.bar(len(real), show) as advance:
            for item, config in plan:
                if isinstance(item, InputError):
                    _err(str(item))
                    run.errors += 1
                    continue
                run.files += 1
                if isinstance(item, Job):
                    _apply(next(outcomes), run, opts)
                elif opts.diff or opts.explain:
                    _err(f"{item.path}: --diff and --explain do not apply to JSONL corpora; "
                         "skipped")
                    run.errors += 1
                else:
                    _clean_corpus_file(item, config, run, out, output_dir=opts.output_dir,
                                       in_place=opts.in_place, check=opts.check)
                advance()
    except parallel.WorkerDied as exc:
        _err(f"internal error: {exc} (please report it)")
        raise typer.Exit(EXIT_INTERNAL)
    sys.stdout.flush()
    if not quiet and (run.files > 1 or run.errors or run.skipped) and (
            opts.output_dir or opts.in_place or opts.check):
        verb = "would change" if opts.check else "changed"
        skipped = f", {run.skipped} excluded by configuration" if run.skipped else ""
        _err(f"{run.files} file(s) read, {run.changed} {verb}, {run.errors} error(s){skipped}")


def _apply(outcome: Outcome, run: _Run, opts: Options) -> None:
    """Print and write what one file's outcome says, in the order a one-by-one run does."""
    from . import files

    for kind, text in outcome.messages:
        if kind == "err":
            _err(text)
            run.errors += 1
        elif kind == "out":
            sys.stdout.write(text)
        else:
            typer.echo(text)
    if outcome.internal is not None:
        _err(outcome.internal)
        raise typer.Exit(EXIT_INTERNAL)
    if outcome.changed:
        run.changed += 1
    if outcome.text is None:
        return
    to_stdout = not (opts.output_dir or opts.in_place)
    try:
        if to_stdout:
            sys.stdout.write(outcome.text)
        else:
            files.write_atomic(outcome.target, outcome.text)
    except BrokenPipeError:
        raise  # stdout closed early: clean_cmd ends quietly
    except OSError as exc:
        where = f"standard output (cleaning {outcome.target})" if to_stdout else outcome.target
        _err(f"{where}: cannot write ({exc.strerror or exc}); the original is untouched")
        run.errors += 1


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
