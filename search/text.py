"""French text normalisation shared by the SQLite search backend and the
highlighted excerpts: the same function decides what is indexed, what is
searched and what is marked, so the excerpt marks exactly what matched."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"\w+", re.UNICODE)

# Articles, pronouns and prepositions that match almost every document; the
# same role as PostgreSQL's french.stop list (kept short: accents already folded).
STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "c",
        "ce",
        "ces",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "il",
        "j",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "mes",
        "n",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
    ]
)

# One stemmer per thread: a Snowball stemmer keeps the word being stemmed in
# the object, so two requests stemming at once in one gunicorn worker (gthread)
# corrupted each other's word (IndexError, a 500 under load).
_stemmers = threading.local()


def _stemmer():
    stemmer = getattr(_stemmers, "french", None)
    if stemmer is None:
        stemmer = _stemmers.french = snowballstemmer.stemmer("french")
    return stemmer


def fold(text):
    """Lower case without accents or ligatures: "Équipe" -> "equipe", "cœur" -> "coeur"."""
    if text.isascii():
        # Nothing to decompose: most words, folded one by one for every excerpt.
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def singular(word):
    """The word without a final plural s. Snowball alone stems "usager" to "usag"
    but "usagers" to "usager": dropping the plural first makes them meet (plurals
    in x are left to Snowball, which already turns "sociaux" into "social")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def number_variant(word):
    """The same word in the other grammatical number, roughly, for query
    expansion; None for short words and stop words."""
    if len(word) <= 3 or fold(word) in STOPWORDS:
        return None
    return word[:-1] if singular(fold(word)) != fold(word) else word + "s"


@lru_cache(maxsize=20_000)
def stem(word):
    """The French Snowball stem of one folded word, singular first. Folding first,
    as PostgreSQL's french_unaccent configuration does, makes "equipes" and
    "équipe" meet."""
    return _stemmer().stemWord(singular(word))


def words(text):
    """The folded words of a text (stop words kept)."""
    return WORD_RE.findall(fold(text or ""))


def stems(text):
    """The stems of a text's meaningful words, in order."""
    return [stem(word) for word in words(text) if word not in STOPWORDS]


def index_text(text):
    """What the SQLite full-text table stores for a text field."""
    return " ".join(stems(text))


def autocomplete_text(text):
    """What the SQLite full-text table stores for a title: folded, not stemmed,
    so that a prefix being typed still matches the start of a word."""
    return " ".join(words(text))
