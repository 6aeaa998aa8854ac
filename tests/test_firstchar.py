"""The first-character index only skips rules that cannot match: same verdicts, fewer calls."""
from __future__ import annotations

import pytest

from boilerstrip import catalogue, firstchar
from boilerstrip.catalogue import normalise


@pytest.mark.parametrize("pattern, expected", [
    (r"^(share|tweet( this)?)\s*[:!.]?$", {"s", "t"}),
    (r"^(a|b)|^c", {"a", "b", "c"}),
    (r"^(x)?y", {"x", "y"}),
    (r"^\d+ likes$", set("0123456789")),
    (r"share", None),  # not anchored
    (r"^(a|b)|c", None),  # one branch not anchored
    (r"^.{2,}x", None),  # starts with anything
    (r"^[^a]x", None),  # a negated class
])
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    got = firstchar.first_chars(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize("lang", catalogue.available())
def test_index_never_hides_a_rule_from_its_examples(lang: str) -> None:
    rules = catalogue.load(lang)
    table = firstchar.index(rules)
    for rule in rules:
        for example in rule.examples:
            text = normalise(example)
            if not rule.regex.search(text):  # matched through the undecorated core instead
                continue
            candidates = table.get(text[:1].lower(), rules)
            assert rule in candidates, f"{lang}:{rule.id} hidden from its example {example!r}"
