"""Search folding: one ASCII key for the spellings of an Azerbaijani name, for text and query.

The same `fold` is applied to the stored text (an indexed `search_folded` column) and to the
query, so a plain `LIKE 'q%'` (or `'%q%'`) on the folded column finds a name however it was
typed: in Azerbaijani Latin, without the special letters, or transliterated the way passports,
Russian- and English-language documents write it.

The folding, in order:

1. Azerbaijani-aware lower case: `I` -> `ı` and `İ` -> `i` before `str.lower()` (Python's own
   rule would turn `İ` into `i` + a combining dot, and `I` into `i`).
2. Letters to one symbol per sound group (each Azerbaijani letter with the ways it is typed):

   ====================  ======  ==================================================
   letters               key     why
   ====================  ======  ==================================================
   ə a e                 e       ə is written a (Russian style) or e (Turkish style):
                                 Aliyev / Eliyev / Əliyev
   ı i                   i       the dot is lost on most keyboards
   ş, s+h                s       Şahin / Shahin / Sahin
   ç, c+h, j             c       Çingiz / Chingiz / Cingiz; c is written j in English
                                 (Cəfər / Jafar)
   ğ, g+h, q             g       Ağa / Agha / Aga; q is written g (Quliyev / Guliyev)
   x                     kh      Xəlilov / Khalilov; x expands (not kh contracts) so
                                 that a query "K" still finds "Khalilov"
   ö ü                   o u     diacritics dropped
   other Latin letters   base    diacritics dropped by NFKD (é -> e, ñ -> n)
   ====================  ======  ==================================================

   Digraphs contract greedily: `s`, `c`, `g` followed by any run of `h` become the single
   letter, so folding is idempotent and a prefix of a name folds to a prefix of its key.
3. Apostrophes vanish (O'Neil = ONeil); every other character that is not an ASCII letter or
   digit (hyphen, dot, punctuation) becomes a space; spaces collapse; the ends are trimmed.
   Letters outside the Latin script (Cyrillic, Arabic) fold to nothing: transliterating them
   is out of scope.

Trade-off: several keys merge letters Azerbaijani keeps apart (a/e/ə, c/ç/j, g/ğ/q, s/ş), so a
search returns more rows than an exact one, never fewer. The registrar narrows the list by
eye; a missed applicant is the worse failure. Names that differ in a consonant stay apart
(Əliyev vs Quliyev). Not folded: dropped or added `y` (Aliev vs Aliyev), `h` vs `x`.

Guarantees (tested): output is ASCII `[a-z0-9 ]`; `fold(fold(t)) == fold(t)`; `fold(t[:k])` is a
prefix of `fold(t)`, so prefix search works while the user is still typing. Substring search
holds except for a query that starts with the `h` of a contracted digraph.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_AZ_UPPER: Final = str.maketrans({"I": "ı", "İ": "i"})
# Applied after NFKD, lower-casing and dropping the combining marks.
_LETTERS: Final = str.maketrans(
    {
        "ə": "e",
        "a": "e",
        "ı": "i",
        "j": "c",
        "q": "g",
        "x": "kh",
        "'": None,
        "’": None,
        "ʼ": None,
        "`": None,
    }
)
_NOT_ALNUM: Final = re.compile(r"[^a-z0-9]+")
_DIGRAPH: Final = re.compile(r"([scg])h+")


def fold(text: str) -> str:
    """The search key of `text`: ASCII lower-case letters, digits and single spaces."""
    # NFKD first: it splits ş ç ğ ö ü İ into letter + mark and may itself yield capitals.
    decomposed = unicodedata.normalize("NFKD", text).translate(_AZ_UPPER).lower()
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    mapped = base.translate(_LETTERS)
    spaced = _NOT_ALNUM.sub(" ", mapped)
    return _DIGRAPH.sub(r"\1", spaced).strip()


def fold_for_like(query: str) -> str:
    r"""`fold(query)` escaped for `LIKE ... ESCAPE '\'`; add the `%` wildcards yourself.

    `fold` never yields `%`, `_` or `\`, so the escaping is a guard should the folding ever
    keep punctuation. An empty result means the query has nothing searchable in it: treat it
    as "no filter", not as a pattern.
    """
    folded = fold(query)
    return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
