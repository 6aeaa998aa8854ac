"""The Ray Data integration: a real local Ray instance cleans documents exactly like the serial
run. Needs the ``ray`` extra (``make test`` installs it; BOILERSTRIP_REQUIRE_RAY=1 makes its
absence a failure rather than a skip)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import boilerstrip

if os.environ.get("BOILERSTRIP_REQUIRE_RAY") == "1":
    import ray  # noqa: F401  (a missing extra must fail here, not skip)
else:
    ray = pytest.importorskip("ray", reason="install 'boilerstrip[ray]' to run the cluster test")

ROOT = Path(__file__).resolve().parents[1]
DEV_T2 = ROOT / ".." / "shared" / "bench-dev" / "t2"


def _documents() -> list[tuple[str, str]]:
    """The dev slice's T2 documents when the benchmark is beside the repository, else the
    golden inputs (CI machines without the benchmark)."""
    paths = sorted(DEV_T2.glob("*.txt")) or sorted((ROOT / "golden").rglob("*.in.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


def test_ray_output_is_identical_to_the_serial_run(local_ray) -> None:
    from boilerstrip import raydata

    docs = _documents()
    assert len(docs) >= 50
    ds = local_ray.data.from_items([{"id": name, "text": text} for name, text in docs])
    cleaned = raydata.clean_dataset(ds, column="text", output_column="clean",
                                    language_column="language", batch_size=16)
    rows = {r["id"]: r for r in cleaned.take_all()}
    assert len(rows) == len(docs)
    for name, text in docs:
        serial = boilerstrip.clean_and_explain(text)
        assert rows[name]["clean"] == serial.text, name
        assert rows[name]["language"] == serial.language, name
        assert rows[name]["text"] == text  # the input column is left alone


def test_clean_batch_needs_no_cluster() -> None:
    from boilerstrip import raydata

    batch = {"text": ["Share this article\nThe council approved the budget on Monday after a long debate.\n"]}
    out = raydata.clean_batch(batch, removed_column="removed")
    assert out["text"] == ["The council approved the budget on Monday after a long debate.\n"]
    assert out["removed"] == [1]
