"""Every rule's examples match it; its counterexamples match no rule that runs for them."""
from __future__ import annotations

import pytest

from boilerstrip import catalogue
from boilerstrip.catalogue import normalise
from boilerstrip.errors import RuleError

SOURCES = catalogue.available()
RULES = [(s, n, r) for s in SOURCES for n, r in enumerate(catalogue.load(s), 1)]


def _id(item) -> str:
    source, n, rule = item
    return f"{source}#{n}:{rule.id}"


def test_catalogues_for_required_languages() -> None:
    for lang in ("common", "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ko", "ja", "zh"):
        assert lang in SOURCES, f"no rules/{lang}.toml"
        assert catalogue.load(lang), f"rules/{lang}.toml has no rules"


@pytest.mark.parametrize("item", RULES, ids=[_id(x) for x in RULES])
def test_rule_examples_and_counterexamples(item) -> None:
    source, _, rule = item
    assert rule.examples, "a rule needs at least one example"
    for example in rule.examples:
        assert rule.matches(normalise(example), 10_000), f"example not matched: {example!r}"
    lang = source if source != "common" else "und"
    if rule.keep or rule.hint:  # counterexamples: lines it must not protect / must not hint at
        for counter in rule.counterexamples:
            assert not rule.matches(normalise(counter), 10_000), f"{rule.id} matches {counter!r}"
        return
    for counter in rule.counterexamples:
        text = normalise(counter)
        hits = [f"{r.source}:{r.id}" for r in catalogue.rules_for(lang)
                if not r.keep and r.matches(text, 200)]
        assert not hits, f"counterexample {counter!r} matched {hits}"


def test_malformed_catalogue_is_refused() -> None:
    from boilerstrip.errors import RuleError

    with pytest.raises(RuleError, match="missing"):
        catalogue.parse({"rules": [{"id": "x.y", "category": "x"}]}, "test")
    with pytest.raises(RuleError, match="does not compile"):
        catalogue.parse({"rules": [{"id": "x.y", "category": "x", "pattern": "(",
                                    "why": "w", "examples": []}]}, "test")
    with pytest.raises(RuleError, match="unknown key"):
        catalogue.parse({"rules": [{"id": "x.y", "category": "x", "pattern": "a",
                                    "why": "w", "examples": [], "colour": 1}]}, "test")


def test_a_pattern_that_parses_but_does_not_compile_names_its_rule():
    # Patterns compile on first use; the parse at load misses a few errors (a look-behind of
    # varying width), which must still name the rule rather than surface as an internal error.
    rules = catalogue.parse({"rules": [{"id": "x.bad", "category": "x", "why": "w",
                                        "pattern": "(?<=ab+)zz", "examples": ["zz"]}]}, "xx")
    with pytest.raises(RuleError, match=r"rules/xx.toml rule #1 \(x.bad\): pattern does not compile"):
        rules[0].regex.search("abzz")
