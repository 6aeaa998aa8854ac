"""boilerstrip: strip boilerplate from scraped article text, keep the article.

    >>> import boilerstrip
    >>> boilerstrip.clean("Share this article\\nThe council approved the new budget on Monday.\\n")
    'The council approved the new budget on Monday.\\n'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import (
    BinaryInputError,
    BoilerstripError,
    InputError,
    InputTypeError,
    OptionError,
    RuleError,
)
from .labels import Label, Removal
from .pipeline import Result
from .record import to_record

if TYPE_CHECKING:
    from .metadata import Metadata

__version__ = "0.1.0"

__all__ = [
    "clean", "clean_and_explain", "clean_html", "to_record", "Metadata", "Config", "Result", "Removal", "Label", "BoilerstripError",
    "InputError", "InputTypeError", "BinaryInputError", "OptionError", "RuleError", "__version__",
]


def _config(config: Config | None, options: dict[str, Any]) -> Config:
    if config is not None and options:
        raise OptionError("pass either config=Config(...) or keyword options, not both")
    return config if config is not None else Config.from_options(**options)


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            "clean() takes str, not bytes: decode it first, e.g. data.decode('utf-8'), or let "
            "boilerstrip.read_text(path) detect the encoding of a file"
        )
    raise InputTypeError(f"clean() takes str, not {type(text).__name__}")


def clean_and_explain(text: str, config: Config | None = None, **options: Any) -> Result:
    """Clean ``text`` and say what was removed: ``Result(text, language, removed, ...)``.

    Each item of ``removed`` has the line number (1-based), its text, a rule id and a reason.
    """
    from . import pipeline

    return pipeline.run(_check_text(text), _config(config, options))


def clean(text: str, config: Config | None = None, **options: Any) -> str:
    """Return ``text`` without its boilerplate lines. Options: see :class:`Config`."""
    return clean_and_explain(text, config, **options).text


def clean_html(html: str, config: Config | None = None, *, metadata: bool = True,
               **options: Any) -> Result:
    """Extract an HTML page's article with trafilatura, then clean it like text.

    Returns the same ``Result`` as :func:`clean_and_explain` (line numbers refer to the text
    trafilatura extracted), with trafilatura's metadata in ``result.page``. ``metadata=False``
    skips the author/date/site-name search (faster; ``result.page`` then has the title only).
    """
    import dataclasses

    from . import extract

    page = extract.from_html(_check_text(html), metadata=metadata)
    return dataclasses.replace(clean_and_explain(page.text, config, **options), page=page)


def read_text(path: str) -> str:
    """Read a file as text, detecting its encoding (UTF-8, BOMs, legacy charsets)."""
    from .decode import decode

    with open(path, "rb") as f:
        return decode(f.read(), str(path)).text


def __getattr__(name: str) -> Any:
    # ``Metadata`` is imported on first use: cleaning text (a pre-commit hook's run) never
    # needs metadata.py, and importing it was a few milliseconds of every start.
    if name == "Metadata":
        from .metadata import Metadata

        globals()["Metadata"] = Metadata
        return Metadata
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
