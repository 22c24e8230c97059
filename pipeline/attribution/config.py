"""Every threshold and confidence of attribution, in one place.

Confidences say how direct the evidence for the speaker is; they are
per finder (the pattern that found the quote) and fall to
``no_speaker`` when no sieve finds a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from ..text import MAX_ACRONYM_WORDS


def _confidences() -> MappingProxyType:
    return MappingProxyType({
        "cue_after": 0.9,  # "…," kata X.
        "cue_before": 0.85,  # X mengatakan, "…"
        "carry": 0.5,  # a quote with no cue of its own
        "cue_say": 0.8,  # X mengatakan bahwa …
        "cue_say_unknown": 0.4,  # a say cue whose subject was not found
        "cue_post_say": 0.75,  # KLAUSA, X melaporkan.
        "cue_menurut": 0.8,  # Menurut X, …
        "cue_post": 0.75,  # KLAUSA, kata X.
        "cue_post_initial": 0.8,  # Kata X, KLAUSA
        "cue_passive": 0.75,  # Dijelaskan oleh X, …
        "cue_nominal": 0.7,  # klaim AS bahwa …, Dalam penilaiannya, …
        "passive_context": 0.5,  # Dikatakan bahwa … (source from context)
        "multiparagraph": 0.75,  # a quote closed in a later paragraph takes that paragraph's cue
        "no_speaker": 0.2,
    })


@dataclass(frozen=True)
class AttributionConfig:
    """Thresholds of the finders and sieves (defaults were tuned on ``eval/dev``)."""

    min_direct_words: int = 3  # shorter quoted runs are fragments (scare quotes, terms)
    min_clause_words: int = 3  # unquoted words an indirect content clause needs
    min_clause_words_with_quote: int = 4  # ... when it also holds a quoted run
    min_passive_words: int = 4  # unquoted words after "X disebut …" to count as a report
    min_clause_after_source: int = 2  # "A, kata X, B": words B needs to belong to the quote
    cue_after_window: int = 200  # characters after a closing mark searched for the cue
    cue_before_window: int = 400  # characters before an opening mark searched for the cue
    max_sentence_chars: int = 2500  # longer "sentences" (lists, text without full stops) hold no indirect quote
    complementizer_window: int = 12  # tokens after a cue searched for bahwa/jika/agar
    carry_window: int = 1500  # characters over which a speaker carries to a cue-less quote
    # "ia" takes up the person a sentence opens with: a person within its first this many words
    subject_max_words: int = 10
    # sentences back a pronoun looks for the person opening one, past sentences that name nobody
    subject_back_sentences: int = 2
    credit_sentences: int = 3  # "Hal itu disampaikan X" credits quotes this many sentences back
    max_aside_words: int = 8  # "X, ROLE NAME menyampaikan, Y": the speaker between the commas
    multiparagraph_lookahead: int = 3  # quotes searched for the cue of a quote left open
    role_before_window: int = 160  # characters before a name searched for its role
    role_after_window: int = 140  # characters after a name searched for an appositive role
    max_role_words: int = 10  # longer "roles" are clauses
    max_name_words: int = 4  # capitalised run after a role taken as a name when NER found none
    max_phrase_name_words: int = 5  # name after "ROLE, " in a post-cue phrase
    max_abbrev_phrase: int = 6  # "Plt." inside a speaker phrase only this early
    max_acronym_words: int = MAX_ACRONYM_WORDS  # "(Ditjen Intram)" inside a role phrase: at most this many words
    title_max_words: int = 6  # quoted runs this short and all capitalised are titles
    title_cap_share: float = 0.7  # longer quoted runs this capitalised are titles
    parser: str = "spacy"  # syntax fallback backend: "spacy", "stanza", "none" or a pipeline folder
    confidence_floor: float = 0.0  # quotes below this confidence are dropped
    confidence: MappingProxyType = field(default_factory=_confidences)


DEFAULT_CONFIG = AttributionConfig()
