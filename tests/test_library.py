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


def test_reasons_name_lines_of_the_input_after_a_second_pass() -> None:
    # The first pass drops the menu; the second, cleaning that output again, finds the highlight
    # box's copy of a sentence. Its reasons must name the input's lines, not that pass's own.
    page = (
        "Harbour ferry fares rise again this spring\n"
        "Skip to main content\nSubscribe\nSearch\nHome\nNews\nSport\nWeather\nHome\nNews\n"
        "Harbour ferry fares rise again this spring\n"
        "Published March 3rd, 2024 - 08:10 GMT\n"
        "Highlights\n"
        "Commuters will pay more from April, the council said on Tuesday.\n\n"
        "The council confirmed on Tuesday that ferry fares on the harbour route will rise by eight "
        "percent from the first of April, the second increase in a year.\n\n"
        "Officials said that fuel and crew costs had climbed faster than expected and that the "
        "subsidy would not cover the gap this time.\n\n"
        "Commuters will pay more from April, the council said on Tuesday.\n\n"
        "Regular passengers told reporters that many would switch to the bus, which takes twice "
        "as long but costs half as much.\n\n"
        "A season ticket will now cost 640 pounds a year, up from 590, and single fares go up by "
        "forty pence.\n"
    )
    res = boilerstrip.clean_and_explain(page)
    named = {r.line_number: r for r in res.removed if r.rule_id == "repeat.highlight"}
    assert set(named) == {13, 14}
    assert named[13].reason == "the label of the quote on line 14"
    assert named[14].reason == "a sentence the article prints again on line 20"
    assert res.lines[19] == res.lines[13]
    assert res.verdicts[12].refs == (13,)
