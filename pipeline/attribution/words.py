"""Word-level tests attribution needs: verbs, predicates, role heads, descriptions.

Indonesian marks most verbs with an affix (``me-``, ``ber-``, ``di-``), so an
affix test plus the lists in ``resources`` (nouns that look like verbs, role
heads) decides whether a word can belong to a speaker's noun phrase.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

VERB_PREFIX = re.compile(r"^(?:me(?:m|n|ng|ny)?|ber|be|memper|diper)[a-z]{3,}$")
PASSIVE_PREFIX = re.compile(r"^(?:di|ter)[a-z]{4,}$")
NOUN_AFFIX = re.compile(r"^(?:pe|pen|pem|peng|peny|per|ke)[a-z]{3,}an$")


def clean_name(text: str) -> str:
    """A mention without surrounding punctuation and with single spaces."""
    return re.sub(r"\s+", " ", text).strip(" ,.;:-–—()")


def is_verb(word: str, lex: Lexicon) -> bool:
    """A lower-case active verb (affix or say cue): it ends a noun phrase."""
    low = word.lower()
    if not word or word[0].isupper() or low in lex.not_verbs or low in lex.roles:
        return False
    return bool(VERB_PREFIX.match(low)) or lex.kind(low) == "say"


def is_predicate(word: str, lex: Lexicon) -> bool:
    """A word that gives a clause its predicate (active or passive verb, auxiliary)."""
    low = word.lower()
    if low in lex.predicate_markers:
        return True
    if word[:1].isupper() or low in lex.not_verbs or low in lex.roles:
        return False
    return bool(VERB_PREFIX.match(low) or PASSIVE_PREFIX.match(low))


def role_words_ok(words: list[str], lex: Lexicon) -> bool:
    """Does a run of words start with a role head (``juru bicara``, ``Menteri``)?"""
    low = [w.lower() for w in words]
    for n in range(min(lex.max_role_words, len(low)), 0, -1):
        if " ".join(low[:n]) in lex.roles:
            return True
    return False


def role_start(words: list[str], lex: Lexicon) -> int | None:
    """Index of the first word of a role head in ``words`` (leftmost), or None."""
    for i in range(len(words)):
        if role_words_ok(words[i:], lex):
            return i
    return None


def strip_description(words: list[str], lex: Lexicon) -> list[str]:
    """``seorang pejabat pertahanan Korea Utara yang tidak disebutkan namanya`` -> the noun phrase."""
    low = [w.lower() for w in words]
    rel = next((i for i, w in enumerate(low) if w in lex.words["relative"]), None)
    if rel is not None:
        words, low = words[:rel], low[:rel]
    while words and low[0] in lex.words["quantifiers"]:
        words, low = words[1:], low[1:]
    while words and low[-1] in lex.words["determiners"]:
        words, low = words[:-1], low[:-1]
    return words
