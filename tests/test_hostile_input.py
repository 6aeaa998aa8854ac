"""Hostile input (issue #7): what the command does with each kind of bad file.

tests/test_cli.py already covers a PNG, a permission error, an empty file, a missing file and
UTF-8-BOM / UTF-16-BOM / cp1252 / Latin-1 French; this file adds the rest.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from boilerstrip.cli import app
from boilerstrip.decode import decode

TEXTS = {
    "fr": ("Le café de la gare a rouvert ses portes après des travaux qui ont duré près de "
           "deux ans, et les habitués étaient nombreux à l'attendre dès l'aube.\n"),
    "de": ("Die Straße wurde am Montag für den Verkehr gesperrt, weil die Brücke über den "
           "Fluss repariert werden muss. Anwohner ärgern sich über die Umwege.\n"),
    "en": ("The council approved the new budget on Monday after a long debate about the "
           "state of the roads and the schools in the northern districts.\n"),
    "ru": ("Городской совет утвердил новый бюджет в понедельник после долгих споров о ремонте "
           "дорог и школ. Жители района ждали этого решения несколько лет.\n"),
    "ja": ("市議会は月曜日、道路と学校の修理をめぐる長い議論の末、新しい予算を承認した。"
           "住民はこの決定を何年も待っていた。\n"),
    "zh": ("市议会周一在就道路和学校维修问题进行长时间辩论后批准了新预算。"
           "居民们等待这个决定已经好几年了。\n"),
}

# (language, how the file is encoded, what the record's "encoding" field must say)
LEGACY = [
    ("fr", "cp1252", "cp1252"),
    ("fr", "latin-1", "cp1252"),   # latin-1 bytes are cp1252 bytes; charset-normalizer ties them
    ("de", "cp1252", "cp1252"),
    ("ru", "koi8-r", "koi8_r"),
    ("ru", "cp1251", "cp1251"),
    ("ja", "shift_jis", "cp932"),  # cp932 is Microsoft's superset of Shift-JIS
    ("zh", "gb18030", "gb18030"),
]
UNICODE = [
    (lang, enc) for lang in ("en", "fr", "ru", "ja")
    for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
]


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input)


@pytest.mark.parametrize("lang,encoding,reported", LEGACY, ids=[f"{l}-{e}" for l, e, _ in LEGACY])
def test_legacy_encodings_are_detected_and_reported(tmp_path: Path, lang, encoding, reported):
    f = tmp_path / "doc.txt"
    f.write_bytes(TEXTS[lang].encode(encoding))
    res = run(["clean", "--format", "json", str(f)])
    assert res.exit_code == 1, res.output  # decoded from a legacy encoding: written as UTF-8
    record = json.loads(res.stdout)
    assert record["encoding"] == reported
    assert record["text"] == TEXTS[lang]  # not one character lost or changed
    res = run(["clean", "--explain", str(f)])
    assert f"encoding {reported}," in res.stdout.splitlines()[0]


@pytest.mark.parametrize("lang,encoding", UNICODE, ids=[f"{l}-{e}" for l, e in UNICODE])
def test_utf16_and_utf32_with_and_without_bom(lang, encoding):
    """A BOM-less English or Russian UTF-16-LE file is valid 'UTF-8' full of NUL bytes: it
    used to be refused as binary."""
    data = TEXTS[lang].encode(encoding)
    decoded = decode(data, "doc.txt")
    assert decoded.text == TEXTS[lang]
    assert decoded.encoding.replace("_", "-").startswith(encoding[:6])
    assert decoded.bom == (encoding in ("utf-16", "utf-32"))


@pytest.mark.parametrize("data", [
    b"\x00" * 4096,
    b"SQLite format 3\x00" + bytes(200),
    bytes(range(256)) * 16,
    b"text before a NUL\x00 and after it, in an otherwise plain file\n",
], ids=["zeros", "sqlite-header", "all-bytes", "one-nul"])
def test_binary_and_nul_bytes_are_skipped_with_a_message(tmp_path: Path, data: bytes):
    f = tmp_path / "blob.txt"
    f.write_bytes(data)
    ok = tmp_path / "ok.txt"
    ok.write_text(TEXTS["en"])
    res = run(["clean", "--check", str(f), str(ok)])
    assert res.exit_code == 2
    assert "blob.txt" in res.stderr and "binary" in res.stderr and "skipped" in res.stderr
    assert "Traceback" not in res.output
    assert f.read_bytes() == data


def test_only_whitespace_gives_empty_output_and_explain_says_so(tmp_path: Path):
    f = tmp_path / "blank.txt"
    f.write_text(" \n\t\n\u3000\n\n   ")
    res = run(["clean", str(f)])
    assert res.exit_code == 1 and res.stdout == ""
    res = run(["clean", "--explain", str(f)])
    assert "no text (empty or only white space), the output is empty" in res.stdout


def test_only_boilerplate_gives_empty_output_and_explain_says_why(tmp_path: Path):
    f = tmp_path / "widgets.txt"
    f.write_text("Share this article\nComments (0)\n- Advertisement -\n")
    res = run(["clean", str(f)])
    assert res.exit_code == 1 and res.stdout == ""
    res = run(["clean", "--explain", str(f)])
    head = res.stdout.splitlines()[0]
    assert "every line was boilerplate, the output is empty" in head
    assert "share.widget" in res.stdout and "comment.prompt" in res.stdout
