"""Adapter for langdetect: the only module that imports it.

Detection is seeded (the same text always gives the same answer), runs once per document on a
sample of its longest lines, and never raises: anything it cannot decide is ``"und"``.

Fast path: a sample that is plainly written in one of the big Latin-script languages (many of
its words on that language's stoplist, far more than on any other candidate's or neighbour's)
is decided without langdetect, whose profiles take ~0.3 s to load and whose detection costs
milliseconds per document. On the benchmark's dev slice the fast path decides 96% of the
documents, and detection agrees with langdetect on the full text for 820 of 822 (the other two
are one page whose body sample langdetect cannot decide); benchmarks/language_agreement.py
measures it. Everything else goes to langdetect.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from . import stoplists

UNDETERMINED = "und"

# langdetect reports some languages with a region; the catalogues are per language.
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}


@lru_cache(maxsize=1)
def _factory():  # lazy: loading the profiles takes ~0.6 s
    from langdetect import detector_factory

    detector_factory.init_factory()
    factory = detector_factory._factory
    factory.set_seed(0)  # langdetect is randomised; a fixed seed makes it deterministic
    return factory


def _letters(text: str) -> int:
    """Letters in ``text``, with the combining marks of scripts such as Devanagari or Bengali
    (their vowel signs are marks, not letters, to ``str.isalpha``)."""
    n = sum(ch.isalpha() for ch in text)
    if n * 2 >= len(text):
        return n  # (the usual case: no need to look up categories)
    return n + sum(unicodedata.category(ch).startswith("M") for ch in text)


def body_sample(lines: Iterable[str], max_chars: int) -> str:
    """The longest lines first, up to ``max_chars``: the body, not the menus, decides. A line
    that is mostly padding or symbols (a table row of spaces and rating stars) is passed over,
    and runs of spaces are closed up: they would fill the sample with no words in it."""
    picked: list[str] = []
    total = 0
    for line in sorted((ln for ln in lines if ln.strip()), key=lambda s: (-len(s), s)):
        text = " ".join(line[: max_chars * 4].split())  # (no more of a line can be used)
        if _letters(text) * 2 < len(text):
            continue
        picked.append(text)
        total += len(text)
        if total >= max_chars:
            break
    return "\n".join(picked)[: max_chars * 2]


# Languages the fast path may decide, and the neighbours whose stoplists overlap theirs most:
# a winner must beat those too.
_FAST = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
_NEIGHBOURS = {"es": ("ca", "gl"), "pt": ("gl",), "fr": ("ca",), "it": ("ro", "ca"),
               "nl": ("af",), "de": ("da", "no", "sv"), "pl": ("cs", "sk"), "en": ()}
_WORDS = re.compile(r"[^\W\d_]+")
FAST_MIN_WORDS = 12  #: fewer words than this: too little evidence, ask langdetect
FAST_MIN_SHARE = 0.25  #: at least this share of the words on the winner's stoplist ...
FAST_MARGIN = 0.15  #: ... and this much more than on any other candidate's


@lru_cache(maxsize=None)
def _distinctive(lang: str) -> frozenset[str]:
    """``lang``'s stopwords; for other languages than English without the English ones, which
    jusText's web-built lists share ("the", "and", "on" are on the Polish list)."""
    stop = stoplists.stoplist(lang)
    return stop if lang == "en" else stop - stoplists.stoplist("en")


def by_stopwords(text: str) -> str | None:
    """The language of ``text`` when its stopwords leave no doubt, else None."""
    words = [w.lower() for w in _WORDS.findall(text)]
    if len(words) < FAST_MIN_WORDS:
        return None

    def share(lang: str) -> float:
        stop = _distinctive(lang)
        return sum(w in stop for w in words) / len(words)

    scores = sorted(((share(lang), lang) for lang in _FAST), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best < FAST_MIN_SHARE or best - second < FAST_MARGIN:
        return None
    if any(best - share(n) < FAST_MARGIN for n in _NEIGHBOURS[lang]):
        return None
    return lang


def detect(text: str, min_letters: int) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"``."""
    if sum(ch.isalpha() for ch in text) < min_letters:
        return UNDETERMINED
    fast = by_stopwords(text)
    if fast is not None:
        return fast
    try:
        from langdetect.lang_detect_exception import LangDetectException

        detector = _factory().create()
        detector.append(text)
        code = detector.detect()
    except LangDetectException:
        return UNDETERMINED
    return _by_script(text, _CODE_MAP.get(code, code))


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def _by_script(text: str, code: str) -> str:
    """``code`` checked against the scripts of ``text``: Korean is written in Hangul and
    Japanese with kana, so a text of Chinese characters with neither is Chinese whatever
    langdetect says (its Korean profile holds the characters Korean borrows, and a story in
    traditional characters, from Taiwan or Hong Kong, comes out as Korean)."""
    if code not in ("ko", "ja"):
        return code
    script = _HANGUL if code == "ko" else _KANA
    if script.search(text) is None and _HAN.search(text) is not None:
        return "zh"
    return code
