"""Adapter for jusText's stoplists (shipped with trafilatura's dependency jusText)."""
from __future__ import annotations

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
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist(name))
