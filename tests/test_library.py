from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip import Config

ARTICLE = (
    "Council approves new cycling lanes\n"
    "Share this article\n"
    "The city council voted on Tuesday to build twelve kilometres of protected cycling lanes "
    "along the river, a plan that has divided residents for more than two years.\n"
    "Supporters say the lanes will make the commute safer for thousands of people, while "
    "shop owners on the main street fear they will lose parking spaces and customers.\n"
    "- Advertisement -\n"
    "Work is expected to start in the spring and to finish before the end of next year.\n"
    "Comments (0)\n"
)


def test_clean_removes_boilerplate_and_keeps_article() -> None:
    out = boilerstrip.clean(ARTICLE)
    assert "Share this article" not in out
    assert "Advertisement" not in out
    assert "Comments (0)" not in out
    assert out.startswith("Council approves new cycling lanes\n")
    assert "Work is expected to start in the spring" in out
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_clean_and_explain_reports_language_and_rule_ids() -> None:
    res = boilerstrip.clean_and_explain(ARTICLE)
    assert res.language == "en"
    ids = {r.line_number: r.rule_id for r in res.removed}
    assert ids == {2: "share.widget", 5: "ad.marker", 7: "comment.prompt"}
    assert all(r.reason for r in res.removed)
    assert res.removed[0].text == "Share this article"


def test_bytes_are_refused_with_advice() -> None:
    with pytest.raises(boilerstrip.InputTypeError, match=r"decode"):
        boilerstrip.clean(ARTICLE.encode())
    with pytest.raises(TypeError):
        boilerstrip.clean(None)  # type: ignore[arg-type]


def test_unknown_option_is_refused() -> None:
    with pytest.raises(boilerstrip.OptionError, match="unknown option"):
        boilerstrip.clean(ARTICLE, colour=True)


def test_config_is_frozen() -> None:
    cfg = Config()
    with pytest.raises(Exception):
        cfg.short_chars = 3  # type: ignore[misc]


def test_disable_family_keeps_its_lines() -> None:
    out = boilerstrip.clean(ARTICLE, disable={"share"})
    assert "Share this article" in out


def test_forced_language() -> None:
    assert boilerstrip.clean_and_explain(ARTICLE, language="de").language == "de"


def test_empty_and_blank_input() -> None:
    assert boilerstrip.clean("") == ""
    assert boilerstrip.clean("\n\n  \n") == ""
    assert boilerstrip.clean_and_explain("").language == "und"


def test_output_normalisation() -> None:
    text = "\n\nA first paragraph that is long enough to be read as running prose by the cleaner.   \n\n\n\nA second paragraph, also long enough to be taken as content by the cleaner here.\n\n"
    out = boilerstrip.clean(text)
    assert out == ("A first paragraph that is long enough to be read as running prose by the cleaner.\n\n"
                   "A second paragraph, also long enough to be taken as content by the cleaner here.\n")


def test_repair_is_conservative() -> None:
    clean_text = ("“Curly quotes” stay, ligatures like ﬁne stay, and full-width punctuation stays："
                  " this is a sentence long enough to be kept as content by the cleaner.\n")
    assert boilerstrip.clean(clean_text) == clean_text
    broken = "The cafÃ© opened on Monday and the owners said they were delighted with the turnout, which was large.\n"
    assert boilerstrip.clean(broken) == "The café opened on Monday and the owners said they were delighted with the turnout, which was large.\n"
    entity = "Smith &amp; Sons reported higher profits this year, the company said in a statement on Monday.\n"
    assert "Smith & Sons" in boilerstrip.clean(entity)


def test_language_detection_is_deterministic_and_safe() -> None:
    text = "Der Stadtrat hat am Dienstag beschlossen, zwölf Kilometer neue Radwege zu bauen, die entlang des Flusses führen sollen.\n"
    langs = {boilerstrip.clean_and_explain(text).language for _ in range(5)}
    assert langs == {"de"}
    assert boilerstrip.clean_and_explain("12345 !!! ...").language == "und"


def test_short_lines_far_below_the_article_fall_outside_it() -> None:
    """A teaser grid below the footer: its headlines are outside the run of lines that holds
    the article (the region step); the article's own lines all stay."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "region_page.txt").read_text(encoding="utf-8")
    result = boilerstrip.clean_and_explain(text)
    by_line = {r.line_number: r.rule_id for r in result.removed}
    assert by_line[14] == "ctx.outside_article"  # "Tram works close the bridge in April"
    assert by_line[16] == "ctx.outside_article"  # "Night market opens on the quay"
    article = text.splitlines()[:5]
    assert result.text.splitlines()[:5] == article
    # (The teaser sentence on line 15 is prose and stays: the region step only drops short
    # lines, because prose far from the article is too often the article's own second part.)
