"""The first-character index only skips rules that cannot match: same verdicts, fewer calls."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boilerstrip import catalogue, firstchar
from boilerstrip.catalogue import normalise


@pytest.mark.parametrize("pattern, expected", [
    (r"^(share|tweet( this)?)\s*[:!.]?$", {"s", "t"}),
    (r"^(a|b)|^c", {"a", "b", "c"}),
    (r"^(x)?y", {"x", "y"}),
    (r"^\d+ likes$", set("0123456789") | {firstchar.NON_ASCII}),  # (and "٣", a digit too)
    (r"^(Поделиться|Σ|ſ)", {"п", "σ", "s"}),  # other scripts, folded
    (r"^[Ա-Ֆ]", set("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ")),  # a range, folded
    (r"share", None),  # not anchored
    (r"^(a|b)|c", None),  # one branch not anchored
    (r"^.{2,}x", None),  # starts with anything
    (r"^[^a]x", None),  # a negated class
])
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    got = firstchar.first_chars(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize("lang", catalogue.available())
def test_sieve_never_hides_a_rule_from_its_examples(lang: str) -> None:
    rules = catalogue.load(lang)
    sieve = firstchar.sieve(rules)
    for rule in rules:
        for example in rule.examples:
            text = normalise(example)
            if not rule.regex.search(text):  # matched through the undecorated core instead
                continue
            candidates = sieve.candidates(text, firstchar.fold(text), 200)
            assert rule in candidates, f"{lang}:{rule.id} hidden from its example {example!r}"


@pytest.mark.parametrize("pattern, expected", [
    (r"\baffiliate links?\b", {"affiliate link"}),
    (r"\b(directly|straight) to your inbox\b", {" to your inbox"}),
    (r"\b(delivered to your inbox|unsubscribe at any time)", {"delivered to your inbox",
                                                              "unsubscribe at any time"}),
    (r"\b(a|bc) x", None),  # a branch without a needle: no needles at all
    (r"(foo)?bar", {"bar"}),  # an optional group holds no needle
    (r"\d+ issues for", {" issues for"}),
    (r"(ab)+cd", None),  # too short
])
def test_needles(pattern: str, expected: set[str] | None) -> None:
    got = firstchar.needles(pattern)
    assert (set(got) if got is not None else None) == expected


# The only characters that Python's IGNORECASE matches to ASCII letters besides their own
# cases: a needle test must not rule out lines written with them.
_LOOKALIKES = {"i": ["I", "\u0130", "\u0131"], "s": ["S", "\u017f"], "k": ["K", "\u212a"]}


def _cases(ch: str) -> list[str]:
    """``ch`` and letters that IGNORECASE takes as the same: its other case, and the
    look-alikes of re's own table with their capitals ("ς" and "Σ" for "σ", "ᲀ" for "в")."""
    low = ch.lower()
    same = [low, *map(chr, firstchar._EXTRA_CASES.get(ord(low), ()))] if len(low) == 1 else []
    return [ch, *same, *(c.upper() for c in same if len(c.upper()) == 1), *_LOOKALIKES.get(low, [])]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_needles_never_rule_out_a_line_the_pattern_matches(data) -> None:
    rules = [r for lang in catalogue.available() for r in catalogue.load(lang) if r.needles]
    rule = data.draw(st.sampled_from(rules))
    example = normalise(data.draw(st.sampled_from(rule.examples)))
    # the example with letters swapped for other cases and look-alikes the pattern accepts
    text = "".join(data.draw(st.sampled_from(_cases(ch))) if ch.isalpha() else ch
                   for ch in example)
    if rule.regex.search(text) or rule.regex.search(catalogue.core(text)):
        assert rule.matches(text, 10_000), (rule.id, text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_an_uncompiled_pattern_answers_as_the_compiled_one(data) -> None:
    # Before its first compile a rule's pattern answers None, uncompiled, for a text holding
    # none of its needles (anchored rules included): never for a text the pattern matches.
    rules = [r for lang in catalogue.available() for r in catalogue.load(lang) if r.regex.needles]
    rule = data.draw(st.sampled_from(rules))
    example = normalise(data.draw(st.sampled_from(rule.examples + rule.counterexamples)))
    text = "".join(data.draw(st.sampled_from(_cases(ch))) if ch.isalpha() else ch
                   for ch in example)
    for line in (text, catalogue.core(text)):
        fresh = catalogue._LazyPattern(rule.regex.pattern, rule.regex.flags, "", rule.regex.needles)
        expected = re.compile(rule.regex.pattern, rule.regex.flags).search(line)
        got = fresh.search(line)
        assert (got and got.span()) == (expected and expected.span()), (rule.id, line)


def test_a_rule_is_not_compiled_for_a_line_without_its_words() -> None:
    # An anchored rule is tried on every line that starts with its letter; a line that holds
    # none of its words is answered without compiling the pattern (a cold start compiled
    # some 100 patterns for a five-line text before).
    rule, = catalogue.parse({"rules": [{
        "id": "share.x", "category": "share", "why": "w", "examples": ["Share this story"],
        "pattern": r"^share this (story|article)[.!]?$"}]}, "xx")
    assert rule.needles is None and rule.regex.needles == ("share this ",)
    assert not rule.matches("Shares rose by four percent on Monday.", 200)
    assert "_compiled" not in rule.regex.__dict__
    assert rule.matches("Share this story!", 200)
    assert "_compiled" in rule.regex.__dict__
    assert not rule.matches("Shares rose by four percent on Monday.", 200)


def _rules(*patterns: str, max_chars: dict | None = None) -> tuple:
    return catalogue.parse({"rules": [
        {"id": f"test.r{i}", "category": "test", "why": "w", "examples": ["x"], "pattern": p,
         **({"max_chars": max_chars[i]} if max_chars and i in max_chars else {})}
        for i, p in enumerate(patterns)]}, "xx")


def test_the_sieve_keeps_every_rule_whose_needle_is_present_in_order() -> None:
    rules = _rules(
        r"\bshared by\b",  # 0: needle "shared by"
        r"^share this",  # 1: anchored on "s", needle "share this"
        r"hare",  # 2: a needle inside the others' ("hare")
        r"\bread more\b",  # 3: needle absent
        r"^\d+ comments$",  # 4: anchored on a digit
        r"\bx\b",  # 5: no needle: always
        r"ared by",  # 6: overlaps needle 0's end
        r"this, sha",  # 7: straddles two other needles
        r"\bby ann\b",  # 8: too short a line allowed
        max_chars={8: 10})
    assert [r.regex.needles for r in rules][:3] == [("shared by",), ("share this",), ("hare",)]
    text = "Share this, shared by Ann"
    got = firstchar.sieve(rules).candidates(text, firstchar.fold(text), 200)
    assert [r.id for r in got] == ["test.r0", "test.r1", "test.r2", "test.r5", "test.r6", "test.r7"]
    # a decorated line (tried on its core form too) keeps rules of any first character
    text = "42 comments"
    got = firstchar.sieve(rules).candidates(text, firstchar.fold(text), 200, anchored=False)
    assert [r.id for r in got] == ["test.r4", "test.r5"]
    assert firstchar.sieve(rules).candidates(text, firstchar.fold(text), 5) == []


def test_the_sieve_reads_first_characters_in_any_script() -> None:
    rules = _rules(r"^поделиться\b", r"^\d+ комментари", r"^σχόλια", r"^[а-ж]+:")
    sieve = firstchar.sieve(rules)

    def ids(text: str) -> list[str]:
        return [r.id for r in sieve.candidates(text, firstchar.fold(text), 200)]

    assert ids("ПОДЕЛИТЬСЯ ссылкой") == ["test.r0"]
    assert ids("Жить: поделиться") == ["test.r3"]  # (the range's capitals too)
    assert ids("٣ комментария") == ["test.r1"]  # an Arabic-Indic digit is a \d
    assert ids("ΣΧΌΛΙΑ (3)") == ["test.r2"]
    assert ids("Комментарии") == []


def _reference(rules: tuple, text: str, max_chars: int, anchored: bool) -> list:
    """What the sieve stands for, rule by rule: the first-character index, the rule's length
    limit and its needles."""
    folded = firstchar.fold(text)
    first = folded[:1]
    out = []
    for rule in rules:
        firsts = firstchar.first_chars(rule.regex.pattern)
        needles = rule.regex.needles
        if (anchored and firsts is not None and first not in firsts
                and (first.isascii() or firstchar.NON_ASCII not in firsts)
                or len(text) > (rule.max_chars or max_chars)
                or needles and not any(n in folded for n in needles)):
            continue
        out.append(rule)
    return out


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_sieve_picks_exactly_the_rules_tried_one_by_one(data) -> None:
    lang = data.draw(st.sampled_from([lang for lang in catalogue.available() if lang != "common"]))
    rules = catalogue.rules_for(lang) + catalogue.hints_for(lang)
    rule = data.draw(st.sampled_from(rules))
    example = normalise(data.draw(st.sampled_from(rule.examples + rule.counterexamples)))
    text = "".join(data.draw(st.sampled_from(_cases(ch))) if ch.isalpha() else ch
                   for ch in example) or "x"
    max_chars = data.draw(st.sampled_from([40, 200, 10_000]))
    anchored = data.draw(st.booleans())
    got = firstchar.sieve(rules).candidates(text, firstchar.fold(text), max_chars, anchored)
    assert got == _reference(rules, text, max_chars, anchored)


def test_fold_agrees_with_ignorecase_on_every_code_point() -> None:
    # Two characters that IGNORECASE takes as the same (their simple lower cases in one set
    # of re's own table) fold to the same character, one for one: then a needle or a first
    # character read off a pattern is in the folded line whenever the pattern matches it.
    import _sre

    every = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    folded = firstchar.fold("".join(every))
    assert len(folded) == len(every)
    seen: dict[str, str] = {}
    for ch, f in zip(every, folded):
        low = _sre.unicode_tolower(ord(ch))
        same = min([low, *firstchar._EXTRA_CASES.get(low, ())])
        assert seen.setdefault(chr(same), f) == f, (ch, f, seen[chr(same)])
    # (str.lower() writes a word's last capital sigma as a final sigma: not so fold)
    assert firstchar.fold("ΟΔΟΣ") == firstchar.fold("οδος") == firstchar.fold("οδοσ")
