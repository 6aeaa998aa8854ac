"""Structured output: metadata, JSON/JSONL records against the shipped schema, JSONL corpora."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

import jsonschema
import pytest
from typer.testing import CliRunner

import boilerstrip
from boilerstrip import corpus, metadata
from boilerstrip.cli import app
from boilerstrip.record import schema

DATA = Path(__file__).resolve().parent / "data"
SCHEMA = schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ANNOTATION = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"],
                                              "$ref": "#/$defs/corpus_annotation"})

ARTICLE = ("Share this article\n"
           "The harbour master said on Monday that the north pier would reopen to fishing boats "
           "next week, once divers have checked the repaired foundations.\n"
           "Comments (0)\n")
CLEANED = ("The harbour master said on Monday that the north pier would reopen to fishing boats "
           "next week, once divers have checked the repaired foundations.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def validate(record: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(record), key=str)
    assert not errors, "\n".join(e.message for e in errors)


# --- metadata ------------------------------------------------------------------------------

def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_like_byline_and_date_stamps() -> None:
    result = boilerstrip.clean_and_explain((DATA / "byline_date_en.txt").read_text())
    meta = boilerstrip.to_record(result)["metadata"]
    assert meta == {"title": "Coastal towns agree to share the cost of a new flood barrier",
                    "author": "Park So-yeon", "date": "2021-03-02", "sitename": None, "url": None}


def test_german_byline_with_two_names_and_date() -> None:
    result = boilerstrip.clean_and_explain((DATA / "byline_date_de.txt").read_text())
    meta = metadata.extract(result)
    assert result.language == "de"
    assert (meta.author, meta.date) == ("Lena Hartmann, Felix Brandt", "2022-05-21")


def test_duplicated_title_gives_one_title() -> None:
    result = boilerstrip.clean_and_explain((DATA / "articles" / "choir.txt").read_text())
    record = boilerstrip.to_record(result)
    assert record["metadata"]["title"] == "Hospital choir records its first album"
    assert record["text"].count("Hospital choir records its first album") == 1
    validate(record)


def test_no_title_when_the_first_line_is_a_sentence() -> None:
    result = boilerstrip.clean_and_explain(CLEANED + CLEANED.replace("north", "south"))
    assert metadata.extract(result).title is None


@pytest.mark.parametrize("line, name", [
    ("BY KIM DA-EUN [kim.daeun@example.org]", "Kim Da-eun"),
    ("By Jane Roe, Staff Writer", "Jane Roe"),
    ("By SEAN O'NEILL, Associated Press", "Sean O'Neill"),
    ("Written by John Smith | March 3, 2024", "John Smith"),
    ("Von Anna Schmidt und Jan Müller | 12.03.2024", "Anna Schmidt, Jan Müller"),
    ("Par Marie Dupont", "Marie Dupont"),
    ("Por María García y Juan Pérez", "María García, Juan Pérez"),
    ("Di Marco Rossi", "Marco Rossi"),
    ("Autor: Peter Klein", "Peter Klein"),
    ("홍길동 기자 (gildong@example.com)", "홍길동"),
    ("By E. Joan Harlow", "E. Joan Harlow"),  # an initial is not the Italian "e"
    ("BY OWEN DALE AND RUTH AMES", "Owen Dale, Ruth Ames"),
    ("Door Jan de Vries en Piet Bakker", "Jan de Vries, Piet Bakker"),
    ("Posted by Admin", None),
    ("Written by", None),
])
def test_normalise_author(line, name) -> None:
    assert metadata.normalise_author(line) == name


@pytest.mark.parametrize("line, language, iso", [
    ("Published: 5 Jan. 2020, 07:30", "en", "2020-01-05"),
    ("Posted on 12/04/2023", "en", "2023-04-12"),
    ("11/25/2023", "en", "2023-11-25"),
    ("Mis à jour le 14 septembre 2023", "fr", "2023-09-14"),
    ("Veröffentlicht am 01.02.2024", "de", "2024-02-01"),
    ("14 de septiembre de 2023", "es", "2023-09-14"),
    ("입력 2023.09.14 10:51", "ko", "2023-09-14"),
    ("公開日：2023年9月14日", "ja", "2023-09-14"),
    ("3 hours ago", "en", None),
    ("5 min read", "en", None),
])
def test_parse_date(line, language, iso) -> None:
    assert metadata.parse_date(line, language) == iso


def test_publication_stamp_wins_over_update_and_top_widget_is_not_a_date() -> None:
    text = ("Wednesday, January 10, 2024\n"  # the site's "today" widget, above the title
            "Council adopts a new parking plan\n"
            "Updated: 9 Jan. 2024, 18:00\n"
            "Published: 8 Jan. 2024, 09:00\n"
            "The council adopted a parking plan on Monday that doubles the number of spaces for "
            "bicycles in the centre and removes two hundred spaces for cars.\n"
            "Residents can comment on the details until the end of February, the council said.\n")
    result = boilerstrip.clean_and_explain(text)
    assert {r.rule_id for r in result.removed} >= {"date.widget", "date.stamp"}
    assert metadata.extract(result).date == "2024-01-08"


def test_html_metadata_comes_from_trafilatura() -> None:
    html = ("<html><head><title>Night trains return</title>"
            '<meta name="author" content="Ada Varga">'
            '<meta property="og:site_name" content="The Rail Letter">'
            '<link rel="canonical" href="https://example.org/night-trains">'
            '<meta property="article:published_time" content="2023-11-02"></head><body><article>'
            "<h1>Night trains return</h1><p>Sleeper trains will run again between the capital "
            "and the coast from December, the operator said on Thursday, after a pause of "
            "four years.</p><p>Share this article</p></article></body></html>")
    record = boilerstrip.clean_html(html).to_dict(source="night.html")
    validate(record)
    assert record["metadata"] == {"title": "Night trains return", "author": "Ada Varga",
                                  "date": "2023-11-02", "sitename": "The Rail Letter",
                                  "url": "https://example.org/night-trains"}


# --- CLI --format json / jsonl -------------------------------------------------------------

def test_cli_json_to_stdout(runner, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    res = runner.invoke(app, ["clean", "--format", "json", str(f)])
    assert res.exit_code == 1, res.output
    assert res.stdout.startswith("{\n  ")  # pretty
    record = json.loads(res.stdout)
    validate(record)
    assert record["source"] == str(f) and record["text"] == CLEANED
    assert record["encoding"] == "utf-8" and record["language"] == "en"
    assert [(r["line"], r["rule_id"]) for r in record["removed"]] == [
        (1, "share.widget"), (3, "comment.prompt")]


def test_cli_json_from_stdin_names_source_dash(runner) -> None:
    res = runner.invoke(app, ["clean", "--format", "json", "-"], input=ARTICLE)
    record = json.loads(res.stdout)
    validate(record)
    assert record["source"] == "-"


def test_cli_json_to_output_dir(runner, tmp_path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE)
    legacy = (DATA / "byline_date_en.txt").read_text().replace(
        "Work is expected", "The café owners on the seafront say work is expected")
    (src / "sub" / "b.txt").write_bytes(legacy.encode("cp1252"))
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", "--format", "json", str(src), "--output-dir", str(out)])
    assert res.exit_code == 1, res.output
    a = json.loads((out / "a.json").read_text())
    b = json.loads((out / "sub" / "b.json").read_text())
    for record in (a, b):
        validate(record)
    assert a["text"] == CLEANED
    assert b["metadata"]["author"] == "Park So-yeon" and "café" in b["text"]
    assert b["encoding"] not in (None, "utf-8")  # the detected legacy encoding
    assert not (out / "a.txt").exists()


def test_cli_jsonl_one_record_per_line(runner, tmp_path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE)
    res = runner.invoke(app, ["clean", "--format", "jsonl", str(tmp_path)])
    lines = res.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        validate(json.loads(line))
    assert [json.loads(x)["source"] for x in lines] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.parametrize("args", [["--format", "json", "--in-place"], ["--format", "jsonl", "--diff"],
                                  ["--format", "jsonl", "--output-dir", "x"], ["--format", "xml"],
                                  ["--on-error", "drop"]])
def test_cli_option_clashes_are_usage_errors(runner, tmp_path, args) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    res = runner.invoke(app, ["clean", *args, str(f)])
    assert res.exit_code == 2 and "boilerstrip:" in res.stderr


# --- JSONL corpora -------------------------------------------------------------------------

def _record(i: int, text: str = ARTICLE) -> str:
    return json.dumps({"id": i, "text": text, "lang_hint": "en"}) + "\n"


def _corpus(tmp_path: Path, lines: list[str], name: str = "corpus.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_corpus_records_cleaned_in_order(runner, tmp_path) -> None:
    path = _corpus(tmp_path, [_record(i) for i in range(5)])
    res = runner.invoke(app, ["clean", str(path), "--field", "text"])
    assert res.exit_code == 1, res.output
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["id"] for r in out] == [0, 1, 2, 3, 4]
    for r in out:
        assert r["text"] == CLEANED and r["lang_hint"] == "en"
        assert r["boilerstrip"] == {"schema_version": 1, "language": "en", "removed": 2,
                                    "rule_ids": ["share.widget", "comment.prompt"]}
        assert not list(ANNOTATION.iter_errors(r["boilerstrip"]))


MALFORMED = ["{not json\n", "[1, 2]\n", '{"id": 9}\n', '{"id": 10, "text": null}\n']


@pytest.mark.parametrize("on_error", ["pass", "skip"])
def test_corpus_malformed_records_reported_with_line(runner, tmp_path, on_error) -> None:
    lines = [_record(0), *MALFORMED, _record(5)]
    path = _corpus(tmp_path, lines)
    res = runner.invoke(app, ["clean", str(path), "--on-error", on_error])
    assert res.exit_code == 2
    for n, why in ((2, "not valid JSON"), (3, "not a JSON object"), (4, "no 'text' field"),
                   (5, "field 'text' is null, not a string")):
        assert f"{path}:{n}: {why}" in res.stderr
    out = res.stdout.splitlines(keepends=True)
    if on_error == "pass":
        assert out[1:5] == MALFORMED  # unchanged, in place
        assert len(out) == 6
    else:
        assert len(out) == 2
    assert [json.loads(out[0])["id"], json.loads(out[-1])["id"]] == [0, 5]


def test_corpus_in_place_and_output_dir(runner, tmp_path) -> None:
    folder = tmp_path / "corpora"
    (folder / "web").mkdir(parents=True)
    path = _corpus(folder / "web", [_record(0), _record(1)], "part-1.jsonl")
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(folder), "--input", "jsonl", "--output-dir", str(out)])
    assert res.exit_code == 1, res.output
    expected = (out / "web" / "part-1.jsonl").read_text()
    assert len(expected.splitlines()) == 2 and "Share this article" not in expected
    res = runner.invoke(app, ["clean", str(path), "--in-place"])
    assert res.exit_code == 1 and path.read_text() == expected
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    # cleaning a cleaned corpus changes nothing, and the file is not rewritten
    os.utime(path, (1_000_000_000, 1_000_000_000))
    res = runner.invoke(app, ["clean", str(path), "--in-place"])
    assert res.exit_code == 0, res.output
    assert path.stat().st_mtime == 1_000_000_000 and path.read_text() == expected


def test_corpus_from_stdin(runner) -> None:
    res = runner.invoke(app, ["clean", "--input", "jsonl", "-"], input=_record(0) + _record(1))
    assert res.exit_code == 1
    assert [json.loads(x)["text"] for x in res.stdout.splitlines()] == [CLEANED, CLEANED]


def test_corpus_custom_field_bom_and_bad_utf8() -> None:
    lines = [b"\xef\xbb\xbf" + json.dumps({"body": ARTICLE}).encode() + b"\n",
             b'{"body": "caf\xe9"}\n',
             b"\n"]
    outcomes = list(corpus.clean_lines(lines, field="body"))
    assert json.loads(outcomes[0].output)["body"] == CLEANED
    assert outcomes[1].error is not None and outcomes[1].error.startswith("not UTF-8")
    assert outcomes[1].output == lines[1]  # passed through byte for byte
    assert outcomes[2].output == b"\n" and outcomes[2].error is None


def test_corpus_streams_one_record_at_a_time() -> None:
    """The first record comes out before the second is read: nothing reads the whole input."""
    consumed: list[int] = []

    def source() -> Iterator[bytes]:
        for i in range(1000):
            consumed.append(i)
            yield _record(i).encode()

    outcomes = corpus.clean_lines(source())
    first = next(outcomes)
    assert json.loads(first.output)["id"] == 0
    assert consumed == [0]
    second = next(outcomes)
    assert json.loads(second.output)["id"] == 1 and consumed == [0, 1]


def test_corpus_streams_from_a_file_object(tmp_path) -> None:
    path = _corpus(tmp_path, [_record(i) for i in range(200)])
    with path.open("rb") as f:
        outcomes = corpus.clean_lines(f)
        next(outcomes)
        assert f.tell() < path.stat().st_size  # the file is not read to its end for one record


def test_corpus_is_idempotent() -> None:
    once = [o.output for o in corpus.clean_lines([_record(i) for i in range(3)])]
    twice = list(corpus.clean_lines(once))
    assert [o.output for o in twice] == once and not any(o.changed for o in twice)


def test_corpus_check_writes_nothing(runner, tmp_path) -> None:
    path = _corpus(tmp_path, [_record(0)])
    before = path.read_bytes()
    res = runner.invoke(app, ["clean", str(path), "--check"])
    assert res.exit_code == 1 and f"would clean {path}" in res.stdout
    assert path.read_bytes() == before


def test_corpus_other_field_via_cli(runner, tmp_path) -> None:
    path = _corpus(tmp_path, [json.dumps({"body": ARTICLE, "text": "left alone"}) + "\n"])
    res = runner.invoke(app, ["clean", str(path), "--field", "body"])
    record = json.loads(res.stdout)
    assert record["body"] == CLEANED and record["text"] == "left alone"


def test_schema_ships_with_the_package() -> None:
    from importlib import resources

    assert resources.files("boilerstrip").joinpath("schema/record.schema.json").is_file()


def test_new_output_files_get_ordinary_permissions(runner, tmp_path) -> None:
    path = _corpus(tmp_path, [_record(0)])
    out = tmp_path / "out"
    runner.invoke(app, ["clean", str(path), "-o", str(out)])
    mask = os.umask(0)
    os.umask(mask)
    assert (out / path.name).stat().st_mode & 0o777 == 0o666 & ~mask


# --- the HTML adapter's second opinion ------------------------------------------------------

class _Modes:
    """A stand-in for trafilatura: the default mode's text and the page's whole text."""

    def __init__(self, default: str, page: str | None = None) -> None:
        self.default, self.calls = default, 0
        self.page = default if page is None else page  # the page's whole text

    def html2txt(self, tree) -> str:
        return self.page

    def bare_extraction(self, tree, **options):
        assert options["favor_recall"] is False
        self.calls += 1
        return type("Doc", (), {"text": self.default})()


def test_a_short_recall_extraction_gives_way_to_a_much_longer_default_one() -> None:
    from boilerstrip import extract

    lead = "A lead paragraph of eleven words that stops the page early."
    whole = " ".join([lead] * 5)
    fake = _Modes(default=whole)
    assert extract._second_opinion(fake, None, lead, {"favor_recall": True}) == whole
    assert fake.calls == 1


def test_a_recall_extraction_stays_when_the_default_finds_only_somewhat_more() -> None:
    from boilerstrip import extract

    lead = "A lead paragraph of eleven words that stops the page early."
    fake = _Modes(default=" ".join([lead] * 4))  # four times the words: not enough
    assert extract._second_opinion(fake, None, lead, {"favor_recall": True}) == lead


def test_a_long_recall_extraction_is_not_compared_at_all() -> None:
    from boilerstrip import extract

    long_text = "word " * (extract._SECOND_OPINION_CHARS // 5 + 1)
    fake = _Modes(default="x " * 100_000)
    assert extract._second_opinion(fake, None, long_text, {"favor_recall": True}) == long_text
    assert fake.calls == 0


def test_a_page_without_room_for_five_times_the_words_is_not_extracted_twice() -> None:
    from boilerstrip import extract

    lead = "A lead paragraph of eleven words that stops the page early."
    fake = _Modes(default=" ".join([lead] * 5), page=" ".join([lead] * 4))
    assert extract._second_opinion(fake, None, lead, {"favor_recall": True}) == lead
    assert fake.calls == 0


def test_a_page_where_recall_mode_stops_after_the_introduction_keeps_its_steps() -> None:
    # Invented page: trafilatura's recall mode takes the "page-content-header" section (title
    # and introduction) for the article; its default mode goes on to the list of steps.
    import trafilatura

    html = (DATA / "recall_mode_stops_early.html").read_text(encoding="utf-8")
    last_step = "hang the finished lantern from a hook"
    recall_only = trafilatura.extract(html, favor_recall=True, include_comments=False) or ""
    assert "tidewater reed lantern is a folk craft" in recall_only
    assert last_step not in recall_only  # the mechanism this test is about still exists
    for metadata in (True, False):
        text = boilerstrip.clean_html(html, metadata=metadata).text
        assert text.startswith("Building a Tidewater Reed Lantern\n")
        assert "tidewater reed lantern is a folk craft" in text
        assert "Soak twelve of the longest reeds" in text and last_step in text


def test_html_text_is_the_same_with_or_without_metadata() -> None:
    html = ("<html><head><title>Night trains return | The Rail Letter</title>"
            '<meta property="og:title" content="Night trains return | The Rail Letter">'
            "</head><body>"
            "<article><h1>Night trains return</h1><p>Sleeper trains will run again between the "
            "capital and the coast from December, the operator said on Thursday, after a pause "
            "of four years.</p></article></body></html>")
    with_metadata = boilerstrip.clean_html(html, metadata=True)
    without = boilerstrip.clean_html(html, metadata=False)
    assert with_metadata.text == without.text
    assert with_metadata.text.startswith("Night trains return\n")
