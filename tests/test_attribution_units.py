"""Each finder, each sieve and the lexicon loader alone, on real Indonesian sentences."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.attribution import attribute, build_context, load_lexicon
from pipeline.attribution.config import AttributionConfig
from pipeline.attribution.finders import (
    CLAUSE_FINDERS,
    Candidate,
    Scan,
    cue_after_quote,
    cue_before_quote,
    cue_sites,
    find_menurut,
    find_passive,
    find_post_clause,
    find_say_clause,
)
from pipeline.attribution.mentions import Mention
from pipeline.attribution.sieves import (
    SIEVES,
    Discourse,
    Said,
    carry,
    description,
    name,
    pronoun,
    role_holder,
    source,
    unnamed,
)
from pipeline.lexicon import CUE_KINDS
from pipeline.records import Entity
from pipeline.resource_files import RESOURCES, ResourceError
from pipeline.segment import split_sentences


def scan_of(text: str, *people: str) -> Scan:
    ents = []
    for person in people:
        start = text.find(person)
        while start >= 0:
            ents.append(Entity(start, start + len(person), person, "PER"))
            start = text.find(person, start + 1)
    ctx = build_context(text, sorted(ents, key=lambda e: e.start), load_lexicon())
    return Scan(ctx, split_sentences(text), [(0, len(text))])


def site(scan: Scan, cue: str):
    (sentence,) = [s for s in scan.sentences if cue in s.text]
    return next(s for s in cue_sites(scan, sentence) if s.tok.text == cue)


def span(scan: Scan, cand: Candidate) -> str:
    return scan.text[cand.start:cand.end]


# --------------------------------------------------------------------------- finders


def test_cue_after_quote_reads_role_and_name():
    scan = scan_of('"Mereka melaporkan hal ini tanpa bukti," kata juru bicara Kremlin Dmitry Peskov.',
                   "Dmitry Peskov")
    found = cue_after_quote(scan, scan.runs[0])
    assert (found.cue, found.how, found.confidence) == ("kata", "cue_after", 0.9)
    assert found.mention.text == "juru bicara Kremlin Dmitry Peskov"
    assert (found.mention.kind, found.mention.name, found.mention.role) == ("name", "Dmitry Peskov",
                                                                           "juru bicara Kremlin")


def test_cue_after_quote_clitic_points_at_nya():
    scan = scan_of('"Saya tidak mengomentari rumor tersebut," tambahnya.')
    found = cue_after_quote(scan, scan.runs[0])
    assert found.cue == "tambahnya"
    assert (found.mention.kind, found.mention.text) == ("clitic", "nya")
    assert scan.text[found.mention.start:found.mention.end] == "nya"


def test_cue_before_quote_takes_the_subject():
    scan = scan_of('Lavrov mengatakan, "Kami akan membantu Korea Utara sepenuhnya."', "Lavrov")
    found = cue_before_quote(scan, scan.runs[0])
    assert (found.cue, found.mention.text, found.how) == ("mengatakan", "Lavrov", "cue_before")


def test_say_clause_starts_after_bahwa():
    scan = scan_of("Lavrov mengatakan bahwa Washington gagal membuktikan tuduhan tersebut.", "Lavrov")
    (cand,) = find_say_clause(scan, site(scan, "mengatakan"))
    assert span(scan, cand) == "Washington gagal membuktikan tuduhan tersebut"
    assert (cand.mention.text, cand.how, cand.quote_type) == ("Lavrov", "cue_say", "indirect")


def test_say_clause_with_only_a_noun_phrase_is_no_quote():
    scan = scan_of("Presiden Joko Widodo mengapresiasi kerja keras para petugas.", "Joko Widodo")
    assert cue_sites(scan, scan.sentences[0]) == []
    scan = scan_of("Menteri itu menyebut Lavrov sebagai sahabat lama Korea Utara.")
    assert find_say_clause(scan, site(scan, "menyebut")) == []


def test_say_cue_after_the_clause_takes_the_agency():
    scan = scan_of("Pada Kamis, Lavrov dan Kim bertukar pandangan mengenai upaya bersama, kantor berita resmi "
                   "Korea Utara melaporkan.", "Lavrov", "Kim")
    (cand,) = find_say_clause(scan, site(scan, "melaporkan"))
    assert span(scan, cand) == "Pada Kamis, Lavrov dan Kim bertukar pandangan mengenai upaya bersama"
    assert cand.mention.text == "kantor berita resmi Korea Utara" and cand.how == "cue_post"


def test_menurut_before_and_after_the_clause():
    scan = scan_of("Menurut Pramono, Pemprov DKI telah meminta Kementerian Keuangan mempercepat transfer dana.",
                   "Pramono")
    (cand,) = find_menurut(scan, site(scan, "Menurut"))
    assert span(scan, cand) == "Pemprov DKI telah meminta Kementerian Keuangan mempercepat transfer dana"
    assert cand.mention.text == "Pramono"
    scan = scan_of("Kinerja pendapatan daerah Jakarta masih solid, menurut dia.")
    (cand,) = find_menurut(scan, site(scan, "menurut"))
    assert span(scan, cand) == "Kinerja pendapatan daerah Jakarta masih solid"
    assert cand.mention.kind == "pronoun"


def test_mengutip_needs_a_source():
    scan = scan_of("Mengutip Reuters, harga minyak dunia turun tajam pada perdagangan Senin.")
    (cand,) = find_menurut(scan, site(scan, "Mengutip"))
    assert span(scan, cand) == "harga minyak dunia turun tajam pada perdagangan Senin"
    assert (cand.mention.text, cand.mention.kind) == ("Reuters", "name")
    scan = scan_of("Mengutip laman resmi, harga minyak dunia turun tajam pada perdagangan Senin.")
    assert find_menurut(scan, site(scan, "Mengutip")) == []


def test_post_cue_after_before_and_inside_the_clause():
    scan = scan_of("Harga beras akan turun bulan depan, kata Amran.", "Amran")
    (cand,) = find_post_clause(scan, site(scan, "kata"))
    assert span(scan, cand) == "Harga beras akan turun bulan depan" and cand.mention.text == "Amran"
    scan = scan_of("Kata dia, pemerintah tidak akan menaikkan harga BBM tahun ini.")
    (cand,) = find_post_clause(scan, site(scan, "Kata"))
    assert span(scan, cand) == "pemerintah tidak akan menaikkan harga BBM tahun ini"
    assert cand.confidence == 0.8
    scan = scan_of("Indonesia, kata dia, bisa menjadi penengah dalam konflik tersebut.")
    (cand,) = find_post_clause(scan, site(scan, "kata"))
    assert span(scan, cand) == "Indonesia, kata dia, bisa menjadi penengah dalam konflik tersebut"


def test_passive_cue_with_agent_and_without():
    scan = scan_of("Dijelaskan oleh Kepala Dinas Kesehatan Budi Santoso, vaksin akan tiba pekan depan.",
                   "Budi Santoso")
    (cand,) = find_passive(scan, site(scan, "Dijelaskan"))
    assert span(scan, cand) == "vaksin akan tiba pekan depan"
    assert cand.mention.name == "Budi Santoso" and cand.how == "cue_passive"
    scan = scan_of("Dikatakan bahwa pasokan listrik akan pulih dalam dua hari.")
    (cand,) = find_passive(scan, site(scan, "Dikatakan"))
    assert span(scan, cand) == "pasokan listrik akan pulih dalam dua hari"
    assert cand.mention is None and cand.how == "carry"


def test_every_clause_kind_has_a_finder():
    assert set(CLAUSE_FINDERS) <= set(CUE_KINDS)
    assert {"say", "post", "menurut", "passive"} <= set(CLAUSE_FINDERS)


# --------------------------------------------------------------------------- sieves


def candidate(mention: Mention | None, start: int = 100, quote_type: str = "direct") -> Candidate:
    return Candidate(start, start + 10, quote_type, "katanya", mention, 0.9, "cue_after")


def test_name_sieve_expands_and_learns_the_full_name():
    ctx = scan_of("Sergey Lavrov tiba di Pyongyang. Lavrov bertemu Kim.", "Sergey Lavrov", "Lavrov").ctx
    d = Discourse.start(ctx)
    res = name(candidate(Mention(33, 39, "Lavrov", "name", name="Lavrov")), ctx, d)
    assert res.speaker == "Sergey Lavrov" and res.sieve == "name"
    name(candidate(Mention(0, 10, "Choe Son Hui", "name", name="Choe Son Hui")), ctx, d)
    assert d.expand("Choe") == "Choe Son Hui" and "choe" not in ctx.full_names  # learned, context untouched


def test_pronoun_sieve_prefers_the_latest_person():
    ctx = scan_of("x" * 200).ctx
    d = Discourse.start(ctx)
    d.history += [Said(10, 20, "Sergey Lavrov", "", "Lavrov", True),
                  Said(50, 60, "Gedung Putih", "", "Gedung Putih", False)]
    res = pronoun(candidate(Mention(90, 92, "ia", "pronoun")), ctx, d)
    assert (res.speaker, res.sieve) == ("Sergey Lavrov", "pronoun")
    res = pronoun(candidate(Mention(90, 96, "mereka", "pronoun")), ctx, d)
    assert res.speaker == "Gedung Putih"


def test_carry_sieve_only_within_the_window():
    ctx = scan_of("x" * 3000).ctx
    d = Discourse.start(ctx)
    d.last_direct = Said(0, 10, "Hendra", "", "Hendra", True)
    assert carry(candidate(None, start=200), ctx, d).speaker == "Hendra"
    assert carry(candidate(None, start=2000), ctx, d) is None
    assert carry(candidate(Mention(0, 3, "nya", "clitic")), ctx, d) is None


def test_description_role_and_source_sieves():
    text = "Menteri Luar Negeri Rusia Sergey Lavrov tiba. Pejabat itu berbicara."
    ctx = scan_of(text, "Sergey Lavrov").ctx
    d = Discourse.start(ctx)
    res = role_holder(candidate(Mention(0, 25, "Menteri Luar Negeri Rusia", "role", name="Menteri Luar Negeri Rusia",
                                        role="Menteri Luar Negeri Rusia")), ctx, d)
    assert (res.speaker, res.sieve) == ("Sergey Lavrov", "role_holder")
    bare = Mention(0, 20, "juru bicara militer", "role", name="juru bicara militer", role="juru bicara militer")
    assert role_holder(candidate(bare), ctx, d) is None
    assert (unnamed(candidate(bare), ctx, d).speaker, unnamed(candidate(bare), ctx, d).sieve) == (
        "juru bicara militer", "unnamed")
    d.history.append(Said(0, 10, "Sergey Lavrov", "Menteri Luar Negeri Rusia", "Sergey Lavrov", True))
    res = description(candidate(Mention(46, 57, "Pejabat itu", "description", name="Pejabat")), ctx, d)
    assert res.sieve == "description"
    agency = Mention(0, 10, "KCNA", "source", name="KCNA")
    assert (source(candidate(agency), ctx, d).speaker, source(candidate(agency), ctx, d).sieve) == ("KCNA", "source")


def test_resolution_column_names_finder_and_sieve():
    text = '"Kami akan membantu," kata Choe Son Hui.\n\n"Itu janji kami," ujarnya.'
    quotes = attribute(text, split_sentences(text), [Entity(27, 39, "Choe Son Hui", "PER")])
    assert [q.resolution for q in quotes] == ["cue_after/name", "cue_after/clitic"]
    assert [s.__name__ for s in SIEVES] == ["carry", "body", "name", "pronoun", "description", "role_holder", "unnamed",
                                             "source"]


# --------------------------------------------------------------------------- lexicon


@pytest.fixture()
def resources(tmp_path: Path) -> Path:
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES, folder)
    load_lexicon.cache_clear()
    yield folder
    load_lexicon.cache_clear()


def append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_adding_a_cue_is_a_data_change(resources: Path):
    text = "Harga beras akan turun bulan depan, dengus Amran."
    ents = [Entity(43, 48, "Amran", "PER")]
    assert attribute(text, split_sentences(text), ents) == []
    append(resources / "cues.tsv", "dengus\tpost\t-\t-\t-\t-")
    (q,) = attribute(text, split_sentences(text), ents, lexicon=load_lexicon(str(resources)))
    assert (q.text, q.speaker, q.cue) == ("Harga beras akan turun bulan depan", "Amran", "dengus")


@pytest.mark.parametrize(("line", "message"), [
    ("kilah", "expected 2 tab-separated columns"),
    ("kilah\tbicara", "unknown cue kind 'bicara'"),
    ("kata\tpost", "cue 'kata' is listed twice"),
    ("serunya\tpost\tkah", "does not end in its clitic"),
    ("lontarnya\tpost\tnya\tperlu", "column 'source' must be 'needed'"),
])
def test_a_bad_cue_line_names_file_and_line(resources: Path, line: str, message: str):
    number = append(resources / "cues.tsv", line)
    with pytest.raises(ResourceError, match=f"cues.tsv:{number}: .*{message}"):
        load_lexicon(str(resources))


def test_a_missing_section_or_file_is_named(resources: Path):
    words = resources / "attribution_words.txt"
    words.write_text(words.read_text(encoding="utf-8").replace("[cue_adverbs]", "[cue_adverb]"), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"attribution_words.txt: missing section\(s\) \[cue_adverbs\]"):
        load_lexicon(str(resources))
    load_lexicon.cache_clear()
    (resources / "roles.txt").unlink()
    with pytest.raises(ResourceError, match="roles.txt: language-data file is missing"):
        load_lexicon(str(resources))


def test_config_is_frozen_and_holds_every_confidence():
    config = AttributionConfig()
    with pytest.raises(AttributeError):
        config.carry_window = 10  # type: ignore[misc]
    assert {"cue_after", "cue_before", "carry", "no_speaker"} <= set(config.confidence)


def test_a_name_mention_ends_at_the_name_not_at_the_clause_after_it():
    text = ('"Belum merupakan prestasi," kata Prabowo dikutip dari siaran pers. "Bantuan cair pekan depan," '
            'kata Menteri Sosial Saifullah Yusuf (Gus Ipul).')
    ents = [Entity(text.index(n), text.index(n) + len(n), n, "PER") for n in ("Prabowo", "Saifullah Yusuf")]
    got = [(q.speaker, q.speaker_mention, text[q.speaker_start:q.speaker_end])
           for q in attribute(text, split_sentences(text), ents)]
    assert got == [("Prabowo", "Prabowo", "Prabowo"),
                   ("Saifullah Yusuf", "Menteri Sosial Saifullah Yusuf", "Menteri Sosial Saifullah Yusuf")]


def test_a_capitalised_preposition_inside_a_role_is_part_of_it():
    text = ("Menteri Dalam Negeri Tito Karnavian menyatakan bakal mengkaji putusan itu. "
            '"Kami hormati putusan MK," kata Menteri Luar Negeri Sugiono di Jakarta.')
    ents = [Entity(text.index(n), text.index(n) + len(n), n, "PER") for n in ("Tito Karnavian", "Sugiono")]
    got = [(q.speaker, q.speaker_role, q.speaker_mention) for q in attribute(text, split_sentences(text), ents)]
    assert got == [("Tito Karnavian", "Menteri Dalam Negeri", "Menteri Dalam Negeri Tito Karnavian"),
                   ("Sugiono", "Menteri Luar Negeri", "Menteri Luar Negeri Sugiono")]


@pytest.mark.parametrize(("words", "kind", "plausible"), [
    ("diunggahnya", "source", False), ("lain", "source", False), ("Sejumlah", "source", False),
    ("Sejumlah", "name", False), ("warga", "source", True), ("pejabat Korea Utara", "source", True),
    ("Purbaya", "name", True),
])
def test_which_source_phrases_can_speak(words: str, kind: str, plausible: bool):
    from pipeline.attribution.mentions import plausible_source
    m = Mention(0, len(words), words, kind, name=words)
    assert plausible_source(m, load_lexicon()) is plausible


def test_a_group_opened_by_a_word_ner_took_for_a_name_is_the_source():
    text = ("Sejumlah organisasi lingkungan menegaskan Indonesia tak boleh lagi bertumpu pada paradigma kolonial. "
            "Sejumlah mempertanyakan keabsahan kabar tersebut dan menudingnya sekadar klaim sepihak.")
    ents = [Entity(0, 8, "Sejumlah", "PER"), Entity(text.index("Sejumlah memp"), text.index("Sejumlah memp") + 8,
                                                    "Sejumlah", "PER")]
    got = [(q.text[:30], q.speaker) for q in attribute(text, split_sentences(text), ents)]
    assert got == [("Indonesia tak boleh lagi bertu", "organisasi lingkungan")]  # the quantifier is no part of it
