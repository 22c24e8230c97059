"""Tests for pipeline.segment: exact sentence texts and spans on Indonesian news text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.records import Sentence
from pipeline.segment import find_dateline, load_abbreviations, quote_regions, split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def texts(text: str) -> list[str]:
    """Sentence texts, after checking the span invariants every caller relies on."""
    sents = split_sentences(text)
    for i, s in enumerate(sents):
        assert s.index == i
        assert s.text == text[s.start : s.end]
        assert s.text == s.text.strip() and s.text
    return [s.text for s in sents]


# ---------------------------------------------------------------- abbreviations


def test_titles_and_degrees_do_not_split() -> None:
    t = "Rektor Prof. Dr. H. Ahmad Syafii, S.H., M.Si. membuka acara. Hj. Siti Aminah juga hadir."
    assert [(s.start, s.end) for s in split_sentences(t)] == [(0, 60), (61, 88)]
    assert texts(t) == [
        "Rektor Prof. Dr. H. Ahmad Syafii, S.H., M.Si. membuka acara.",
        "Hj. Siti Aminah juga hadir.",
    ]


def test_consecutive_degrees_then_sentence_end() -> None:
    t = "Kuasa hukumnya, Budi Santoso, S.H. M.H. menyatakan banding. Sidang ditunda."
    assert texts(t) == [
        "Kuasa hukumnya, Budi Santoso, S.H. M.H. menyatakan banding.",
        "Sidang ditunda.",
    ]


def test_address_and_administrative_abbreviations() -> None:
    t = (
        "Kantornya di Jl. Sudirman No. 12, Kec. Menteng, Kab. Bogor. "
        "Surat itu ditujukan a.n. Bpk. Budi u.p. Sdr. Andi."
    )
    assert texts(t) == [
        "Kantornya di Jl. Sudirman No. 12, Kec. Menteng, Kab. Bogor.",
        "Surat itu ditujukan a.n. Bpk. Budi u.p. Sdr. Andi.",
    ]


def test_ranks_and_honorifics() -> None:
    t = "Kol. Inf. Andi dan Brigjen. Pol. Budi bertemu Tn. Smith serta Ny. Ani. Jend. TNI Agung menyusul."
    assert texts(t) == [
        "Kol. Inf. Andi dan Brigjen. Pol. Budi bertemu Tn. Smith serta Ny. Ani.",
        "Jend. TNI Agung menyusul.",
    ]


def test_dates_pages_versus() -> None:
    t = (
        "Lihat tgl. 5 Okt. 2025, hlm. 12. Laga Persib vs. Persija berakhir imbang. "
        "Dia lulusan S.Kom dari ITB."
    )
    assert texts(t) == [
        "Lihat tgl. 5 Okt. 2025, hlm. 12.",
        "Laga Persib vs. Persija berakhir imbang.",
        "Dia lulusan S.Kom dari ITB.",
    ]


def test_list_enders_split_only_before_a_capital() -> None:
    t = "Pasar menjual cabai, beras, telur, dll. Selain itu, ada minyak goreng, gula, dsb. yang dijual murah."
    assert texts(t) == [
        "Pasar menjual cabai, beras, telur, dll.",
        "Selain itu, ada minyak goreng, gula, dsb. yang dijual murah.",
    ]
    t = "Peserta membawa buku, pena, dst. Acara dimulai pukul 10.30 WIB pada 22/10/2025."
    assert texts(t) == ["Peserta membawa buku, pena, dst.", "Acara dimulai pukul 10.30 WIB pada 22/10/2025."]


def test_initials() -> None:
    t = "Presiden Susilo B. Yudhoyono bertemu B. J. Habibie. Grup B. Ia lolos."
    assert texts(t) == ["Presiden Susilo B. Yudhoyono bertemu B. J. Habibie.", "Grup B.", "Ia lolos."]
    t = "Direktur Utama PT Bank Mandiri Agus D.W. Martowardojo mengatakan hal itu."
    assert texts(t) == [t]


def test_abbreviations_come_from_the_data_file() -> None:
    table = load_abbreviations()
    for abbr in ("dr", "h", "hj", "prof", "no", "jl", "s.h", "m.si", "a.n", "u.p", "rp", "tgl", "vs", "okt"):
        assert abbr in table, abbr
    assert table["dll"] == "list_end"
    assert table["prof"] == "title"
    assert table["s.h"] == "postnominal"


# ---------------------------------------------------------------- numbers


def test_numbers_money_and_percentages() -> None:
    t = "Anggarannya Rp. 5.000.000 per bulan, naik dari Rp 14,6 T. Angka itu naik 2,65% atau 3.5 kali lipat."
    assert texts(t) == [
        "Anggarannya Rp. 5.000.000 per bulan, naik dari Rp 14,6 T.",
        "Angka itu naik 2,65% atau 3.5 kali lipat.",
    ]
    t = "Korut mengirim lebih dari 1.000 kontainer. Rapat dimulai pukul 10.30 WIB di Jakarta."
    assert texts(t) == [
        "Korut mengirim lebih dari 1.000 kontainer.",
        "Rapat dimulai pukul 10.30 WIB di Jakarta.",
    ]


def test_numbered_list_item_is_not_a_sentence() -> None:
    assert texts("1. Pendaftaran dibuka pada 1 Nov. 2025.") == ["1. Pendaftaran dibuka pada 1 Nov. 2025."]


# ---------------------------------------------------------------- ? ! ...


def test_question_exclamation_and_ellipsis() -> None:
    t = (
        "Apa yang terjadi? Polisi belum tahu! "
        "Penyelidikan berlanjut... dan hasilnya belum ada… Besok diumumkan."
    )
    assert texts(t) == [
        "Apa yang terjadi?",
        "Polisi belum tahu!",
        "Penyelidikan berlanjut... dan hasilnya belum ada…",
        "Besok diumumkan.",
    ]


def test_question_inside_quote_followed_by_lowercase_attribution() -> None:
    t = '"Apa?" tanya dia. Tidak ada jawaban.'
    assert texts(t) == ['"Apa?" tanya dia.', "Tidak ada jawaban."]


# ---------------------------------------------------------------- glued


def test_glued_sentences_split_but_not_domains_or_decimals() -> None:
    t = (
        "AS menuduh Korea Utara memasok amunisi untuk pertempuran di Ukraina.Korea Utara membantah. "
        "Berita dari detik.com dan TRIBUNAMBON.COM menyebut nilai 3.5 persen."
    )
    sents = split_sentences(t)
    assert [(s.start, s.end) for s in sents] == [(0, 68), (68, 90), (91, 159)]
    assert [s.text for s in sents] == [
        "AS menuduh Korea Utara memasok amunisi untuk pertempuran di Ukraina.",
        "Korea Utara membantah.",
        "Berita dari detik.com dan TRIBUNAMBON.COM menyebut nilai 3.5 persen.",
    ]


def test_a_curly_opener_glued_after_an_acronym_starts_a_sentence() -> None:
    # multi-2025 sindonews-03: "militer AS.“Tidak diragukan ...” ujar Tuberville" is two sentences; "S.Kom" stays
    t = ("Konflik itu berpotensi melibatkan militer AS.“Tidak diragukan lagi Zelensky mencoba memikat NATO,” ujar "
         "Tuberville. Gelar S.Kom diraih pada 2020.")
    assert texts(t) == ["Konflik itu berpotensi melibatkan militer AS.",
                        "“Tidak diragukan lagi Zelensky mencoba memikat NATO,” ujar Tuberville.",
                        "Gelar S.Kom diraih pada 2020."]


# ---------------------------------------------------------------- quotes


def test_multi_sentence_quote_stays_with_its_attribution() -> None:
    t = (
        '"Persahabatan kami tidak ditujukan kepada siapa pun. Hal ini dimaksudkan untuk membantu," '
        "ujarnya. Ia lalu pergi."
    )
    assert [(s.start, s.end) for s in split_sentences(t)] == [(0, 98), (99, 113)]
    assert texts(t)[0].endswith('membantu," ujarnya.')


def test_curly_and_single_quotes() -> None:
    t = "“Kami siap. Semua sudah disiapkan!” kata Budi. ‘Itu benar. Sangat benar,’ sahut Ani."
    assert texts(t) == [
        "“Kami siap. Semua sudah disiapkan!” kata Budi.",
        "‘Itu benar. Sangat benar,’ sahut Ani.",
    ]


def test_curly_apostrophe_is_not_a_quote() -> None:
    t = "Ma’ruf Amin salat Jum’at di masjid. “Saya senang. Alhamdulillah,” ucap Ma’ruf."
    assert texts(t) == ["Ma’ruf Amin salat Jum’at di masjid.", "“Saya senang. Alhamdulillah,” ucap Ma’ruf."]


def test_right_double_quote_used_on_both_sides() -> None:
    t = "”Kami siap. Semua beres,” kata Budi. Rapat usai."
    assert texts(t) == ["”Kami siap. Semua beres,” kata Budi.", "Rapat usai."]


@pytest.mark.parametrize(
    "t",
    [
        "«Kami menolak. Itu final,» katanya. Rapat selesai.",
        "''Kami menolak. Itu final,'' katanya. Rapat selesai.",
    ],
)
def test_guillemets_and_doubled_apostrophes(t: str) -> None:
    assert texts(t) == [t[:-15], "Rapat selesai."]


def test_closing_quote_after_full_stop_belongs_to_sentence_before() -> None:
    t = 'Dia menegaskan, "Kami tidak akan mundur." Lalu ia meninggalkan ruangan.'
    assert texts(t) == ['Dia menegaskan, "Kami tidak akan mundur."', "Lalu ia meninggalkan ruangan."]
    t = 'Dia menegaskan, "Kami tidak akan mundur."Lalu ia pergi.'
    assert texts(t) == ['Dia menegaskan, "Kami tidak akan mundur."', "Lalu ia pergi."]


def test_unclosed_quote_falls_back_to_normal_splitting() -> None:
    t = '"Kami akan terus berjuang. Perjuangan belum selesai. Kita harus bersatu.'
    assert texts(t) == ['"Kami akan terus berjuang.', "Perjuangan belum selesai.", "Kita harus bersatu."]


def test_quoted_term_does_not_pair_across_sentences() -> None:
    t = 'Ia menyebutnya "komprehensif". Lavrov lalu berkata, "Kami paham."'
    assert texts(t) == ['Ia menyebutnya "komprehensif".', 'Lavrov lalu berkata, "Kami paham."']


def test_quote_regions() -> None:
    t = 'Ia berkata, "Kami siap," lalu Jum\'at pergi.'
    assert quote_regions(t) == [(12, 24)]


def test_quote_never_crosses_paragraphs() -> None:
    t = '"Kalimat pertama kutipan. Kalimat kedua.\n\n"Paragraf baru. Masih kutipan," katanya.'
    assert texts(t) == [
        '"Kalimat pertama kutipan.',
        "Kalimat kedua.",
        '"Paragraf baru. Masih kutipan," katanya.',
    ]


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("t", "prefix"),
    [
        ("MOSKOW - Menteri Luar Negeri Rusia mengabaikan klaim AS.", "MOSKOW - "),
        ("PYONGYANG, TRIBUNAMBON.COM - Korea Utara membantah.", "PYONGYANG, TRIBUNAMBON.COM - "),
        ("Jakarta, CNN Indonesia -- Presiden Prabowo Subianto menegaskan.", "Jakarta, CNN Indonesia -- "),
        ("Moskow: Pemerintah Rusia menolak tuduhan itu.", "Moskow: "),
        ("Jakarta (ANTARA) - Presiden meresmikan jalan tol.", "Jakarta (ANTARA) - "),
        ("Liputan6.com, Jakarta - Harga emas naik.", "Liputan6.com, Jakarta - "),
        ("Medcom.id, Jakarta: Harga emas naik tajam.", "Medcom.id, Jakarta: "),
        ("Liputan6.com, Jakarta Kapolri Jenderal Tito Karnavian menyatakan.", "Liputan6.com, Jakarta "),
        ("BANDA ACEH — Gubernur Aceh meresmikan jembatan.", "BANDA ACEH — "),
        ("Jakarta- Komedian Jarwo Kwat berinvestasi.", "Jakarta- "),
    ],
)
def test_find_dateline(t: str, prefix: str) -> None:
    span = find_dateline(t)
    assert span is not None
    assert t[span[0] : span[1]] == prefix


@pytest.mark.parametrize(
    "t",
    [
        "Presiden Prabowo menegaskan pentingnya inflasi.",
        "Foto: Dok. Istimewa",
        "Skor: 3,35",
        "Jokowi-Ma'ruf menang.",
        "Jakarta, Kapolri Jenderal Tito Karnavian menyatakan.",
    ],
)
def test_no_dateline(t: str) -> None:
    assert find_dateline(t) is None


def test_dateline_stays_with_first_sentence() -> None:
    t = "PYONGYANG, TRIBUNAMBON.COM - Korea Utara membantah. Pemerintah menyebutnya fitnah."
    assert texts(t) == [
        "PYONGYANG, TRIBUNAMBON.COM - Korea Utara membantah.",
        "Pemerintah menyebutnya fitnah.",
    ]
    t = "Moskow: Pemerintah Rusia menolak tuduhan itu. Menurutnya, AS keliru."
    assert texts(t) == ["Moskow: Pemerintah Rusia menolak tuduhan itu.", "Menurutnya, AS keliru."]


# ---------------------------------------------------------------- paragraphs


def test_paragraph_spans_and_indexes() -> None:
    t = 'Judul Berita\n\nParagraf pertama. Kalimat kedua.\n\n  "Kutipan satu. Kutipan dua," katanya.  '
    spans = [(0, 12), (14, 46), (48, len(t))]
    expected = [
        Sentence(0, 0, 12, "Judul Berita", 0),
        Sentence(1, 14, 31, "Paragraf pertama.", 1),
        Sentence(2, 32, 46, "Kalimat kedua.", 1),
        Sentence(3, 50, 87, '"Kutipan satu. Kutipan dua," katanya.', 2),
    ]
    assert split_sentences(t, spans) == expected
    assert split_sentences(t) == expected


def test_newline_inside_paragraph_ends_sentence() -> None:
    t = "Baris pertama tanpa titik\nBaris kedua."
    assert [(s.start, s.end, s.paragraph) for s in split_sentences(t)] == [(0, 25, 0), (26, 38, 0)]


def test_paragraph_index_follows_given_spans() -> None:
    t = "Foto: Dok\n\nKalimat satu. Kalimat dua."
    sents = split_sentences(t, [(11, len(t))])
    assert [(s.text, s.paragraph) for s in sents] == [("Kalimat satu.", 0), ("Kalimat dua.", 0)]


@pytest.mark.parametrize("t", ["", "   ", '"', "“”“", "...", ". . .", "a.b.c.D", "((", '"Ya." "', "?!"])
def test_degenerate_input_never_crashes(t: str) -> None:
    assert "".join(texts(t)).replace(" ", "") == t.replace(" ", "")


# ---------------------------------------------------------------- spaCy


def test_spacy_component_uses_the_same_boundaries() -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.segmenter import KutipanSegmenter

    assert spacy.language.Language.has_factory("kutipan_segmenter")
    # a hand-tokenised Doc keeps the test fast (spacy.blank("id") takes ~1 s)
    words = [
        "Dr.",
        "Budi",
        "datang",
        ".",
        '"',
        "Kami",
        "siap",
        ".",
        "Semua",
        "beres",
        ",",
        '"',
        "katanya",
        ".",
        "\n\n",
        "Ia",
        "pergi",
        ".",
    ]
    spaces = [
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        True,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
        False,
        False,
    ]
    doc = KutipanSegmenter()(Doc(Vocab(), words=words, spaces=spaces))
    assert [s.text.strip() for s in doc.sents] == [
        "Dr. Budi datang.",
        '"Kami siap. Semua beres," katanya.',
        "Ia pergi.",
    ]


# ---------------------------------------------------------------- benchmark (shared data)


def test_ud_csui_boundary_f1() -> None:
    """Guards the UD score reported by bench/segment_ud.py (without the slow spaCy baseline)."""
    path = SHARED / "data" / "ud" / "id_csui-ud-test.conllu"
    if not path.exists():
        pytest.skip(f"UD Indonesian data not found at {path} (shared data is not in the repo)")
    sys.path.insert(0, str(REPO / "bench"))
    from segment_ud import gold_ends, prf, read_paragraphs

    tp = fp = fn = 0
    for sents in read_paragraphs(path, 10):
        text, gold = gold_ends(sents)
        pred = {s.end for s in split_sentences(text)} - {len(text)}
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    assert prf(tp, fp, fn)[2] > 0.97


def test_a_bracketed_credit_closing_a_paragraph_is_a_sentence_of_its_own() -> None:
    # review set (Tribun): "(ray/tribun-medan.com)" ran into the last statement's text
    t = "Mereka meminta Eldin untuk memberikan penjelasan terkait persoalan ini. (ray/tribun-medan.com)"
    assert texts(t) == ["Mereka meminta Eldin untuk memberikan penjelasan terkait persoalan ini.",
                        "(ray/tribun-medan.com)"]
    # a bracket inside the line stays the sentence's apposition
    assert len(texts("Bank BNI Tbk. (BBNI) menambah modal. Laba naik.")) == 2


@pytest.mark.parametrize("text", [
    # review sets (Antara regional): a comma between the town and the agency in brackets; the dateline was read
    # as the subject of the lead's cue
    "Gorontalo,  (Antaranews Gorontalo) - Sejumlah warga mengaku panik saat banjir bandang menerjang desa.",
    "Banjarmasin, (Antaranews Kalsel) - Wakil Kepala Polresta Banjarmasin menyatakan pihaknya sudah membentuk tim.",
])
def test_a_comma_before_the_agency_in_brackets_still_ends_a_dateline(text: str) -> None:
    span = find_dateline(text)
    assert span is not None and text[span[1]:].startswith(("Sejumlah", "Wakil"))
