"""Text analysis mirroring share's TextAnalyzer: words, folding, stop words, Snowball stems."""
from __future__ import annotations
import ast, os, re, unicodedata
from functools import lru_cache
import snowballstemmer

_HERE = os.path.dirname(os.path.abspath(__file__))
STOP = frozenset(ast.literal_eval(open(os.path.join(_HERE, "stopwords.txt")).read()))
_stemmer = snowballstemmer.stemmer("english")
# letters/digits, inner apostrophes, digit separators between digits
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*(?:[.,]\d+)*")


def fold(w: str) -> str:
    w = unicodedata.normalize("NFKD", w.replace("\u2019", "'").lower())
    return "".join(c for c in w if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def stem_word(folded: str) -> str:
    if folded in STOP:
        return folded
    w = folded[:-2] if folded.endswith("'s") else folded
    if w.isascii():
        return _stemmer.stemWord(w)
    return w


def tokens(text: str):
    """[(stem, is_stop)] in order; position = index."""
    out = []
    for m in _WORD.finditer(text):
        f = fold(m.group(0))
        out.append((stem_word(f), f in STOP))
    return out


def terms(phrase: str):
    toks = tokens(phrase)
    content = [s for s, st in toks if not st]
    return content if content else [s for s, _ in toks]
