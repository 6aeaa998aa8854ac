"""Adapter for langdetect: the only module that imports it.

Detection is seeded (the same text always gives the same answer), runs once per document on a
sample of its longest lines, and never raises: anything it cannot decide is ``"und"``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

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


def body_sample(lines: Iterable[str], max_chars: int) -> str:
    """The longest lines first, up to ``max_chars``: the body, not the menus, decides."""
    picked: list[str] = []
    total = 0
    for line in sorted((ln for ln in lines if ln.strip()), key=lambda s: (-len(s), s)):
        picked.append(line)
        total += len(line)
        if total >= max_chars:
            break
    return "\n".join(picked)[: max_chars * 2]


def detect(text: str, min_letters: int) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"``."""
    if sum(ch.isalpha() for ch in text) < min_letters:
        return UNDETERMINED
    try:
        from langdetect.lang_detect_exception import LangDetectException

        detector = _factory().create()
        detector.append(text)
        code = detector.detect()
    except LangDetectException:
        return UNDETERMINED
    return _CODE_MAP.get(code, code)
