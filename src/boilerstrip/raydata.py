"""Ray Data adapter: clean a text column of a Ray Dataset on a cluster (the only module that
imports ray; install it with ``pip install 'boilerstrip[ray]'``).

    import ray, boilerstrip.raydata
    ds = ray.data.read_json("s3://bucket/corpus/")          # any Ray Dataset with a text column
    ds = boilerstrip.raydata.clean_dataset(ds, column="text", language_column="language")
    ds.write_json("s3://bucket/clean/")

Each batch is cleaned with :func:`boilerstrip.clean_and_explain` in a Ray worker, so the output
is the same as cleaning the records one by one in a single process.
"""
from __future__ import annotations

from typing import Any

from . import _config, clean_and_explain
from .config import Config


def clean_batch(batch: dict[str, Any], column: str = "text", output_column: str | None = None,
                language_column: str | None = None, removed_column: str | None = None,
                config: Config | None = None) -> dict[str, Any]:
    """Clean ``batch[column]`` (a batch in Ray's ``numpy`` or ``default`` format: a dict of
    columns). Writes the cleaned text to ``output_column`` (default: in place), and optionally
    each record's language and number of removed lines."""
    cfg = config or Config()
    texts = batch[column]
    results = [clean_and_explain(str(t) if t is not None else "", cfg) for t in texts]
    out = dict(batch)
    out[output_column or column] = [r.text for r in results]
    if language_column:
        out[language_column] = [r.language for r in results]
    if removed_column:
        out[removed_column] = [len(r.removed) for r in results]
    return out


def clean_dataset(ds: Any, column: str = "text", output_column: str | None = None,
                  language_column: str | None = None, removed_column: str | None = None,
                  config: Config | None = None, batch_size: int = 64, **options: Any) -> Any:
    """Return ``ds`` (a ``ray.data.Dataset``) with ``column`` cleaned, lazily, through
    ``Dataset.map_batches``. Keyword ``options`` are :class:`~boilerstrip.Config` options."""
    cfg = _config(config, options)
    return ds.map_batches(
        clean_batch,
        batch_size=batch_size,
        batch_format="default",
        fn_kwargs={"column": column, "output_column": output_column,
                   "language_column": language_column, "removed_column": removed_column,
                   "config": cfg},
    )
