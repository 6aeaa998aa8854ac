"""Adapter for jusText's stoplists (shipped with trafilatura's dependency jusText).

The lists are read from jusText's package folder without importing ``justext``: importing it
loads lxml and its HTML cleaner (about 70 ms), which a command cleaning plain text does not
otherwise need. The words are read as ``justext.get_stoplist`` reads them (lines of the
UTF-8 file, lower-cased); when the folder cannot be read that way (a zipped install), jusText
itself is asked.
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

# ISO 639-1 (as langdetect reports it) -> jusText stoplist name. Korean is left out on purpose:
# its list holds bare words, but Korean attaches particles to words, so real prose scores ~0%
# stopwords; length and sentence punctuation judge Korean instead (as for Japanese, Chinese).
_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "id": "Indonesian", "it": "Italian", "kn": "Kannada", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}


@lru_cache(maxsize=None)
def stoplist(language: str) -> frozenset[str]:
    """Lower-cased stopwords of ``language``; empty when jusText has none (e.g. ja, zh, und)."""
    name = _NAMES.get(language)
    if name is None:
        return frozenset()
    data = _read(name)
    if data is None:
        import justext

        return frozenset(w.lower() for w in justext.get_stoplist(name))
    # (as justext.get_stoplist: the bytes split into lines, each decoded and lower-cased)
    return frozenset(w.decode("utf8").lower() for w in data.splitlines())


def _read(name: str) -> bytes | None:
    """The bytes of jusText's ``stoplists/<name>.txt``, found without importing jusText;
    None when the package folder is not on disk."""
    try:
        spec = importlib.util.find_spec("justext")
        folders = spec.submodule_search_locations if spec is not None else None
        if not folders:
            return None
        with open(os.path.join(list(folders)[0], "stoplists", f"{name}.txt"), "rb") as f:
            return f.read()
    except (OSError, ImportError, ValueError):
        return None
