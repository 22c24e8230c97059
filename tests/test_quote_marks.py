"""Every quotation-mark convention Indonesian outlets print, with exact expected spans.

The quoted runs come from the one scanner in ``pipeline.text`` that segment
and attribution share; whole articles go through clean (HTML entities and
all) so the spans are checked in the raw text users get.
"""

from __future__ import annotations

import pytest

from pipeline.attribution import attribute
from pipeline.clean import clean
from pipeline.records import Entity
from pipeline.segment import quote_regions, split_sentences
from pipeline.text import find_quote_runs


def runs(text: str) -> list[str]:
    return [text[r.start:r.end] for r in find_quote_runs(text, 0, len(text)) if r.closed]


@pytest.mark.parametrize(("text", "quoted"), [
    ("“Kami akan membantu,” kata Lavrov.", ["Kami akan membantu,"]),
    ("”Kami akan membantu,” kata Lavrov.", ["Kami akan membantu,"]),  # Kompas: the closing glyph on both sides
    ("„Kami akan membantu,“ kata Lavrov.", ["Kami akan membantu,"]),
    ("«Kami akan membantu», kata Lavrov.", ["Kami akan membantu"]),
    ("»Kami akan membantu«, kata Lavrov.", ["Kami akan membantu"]),
    ("‘Kami akan membantu,’ kata Lavrov.", ["Kami akan membantu,"]),
    ("'Kami akan membantu,' kata Lavrov.", ["Kami akan membantu,"]),
    ('"Kami akan membantu," kata Lavrov.', ["Kami akan membantu,"]),
    ('Ia berkata"Kami akan membantu,"kata Lavrov.', ["Kami akan membantu,"]),  # straight quotes glued to words
    ("“Kami siap,\" kata dia.", ["Kami siap,"]),  # mixed styles pair
    ("``Kami siap membantu,'' kata dia.", ["Kami siap membantu,"]),
    # Kompas regional: two single marks print one double mark, closed by a straight one or by two again
    ("‘’Jadi perkembangan kita sampai hari ini,\" kata Bupati.", ["Jadi perkembangan kita sampai hari ini,"]),
    ("‘’Saya minta kepada aparatur kita,’’ lanjut Asip.", ["Saya minta kepada aparatur kita,"]),
])
def test_each_convention_gives_the_words_inside_the_marks(text: str, quoted: list[str]) -> None:
    assert runs(text) == quoted


def test_single_quotes_inside_double_quotes_stay_inside() -> None:
    text = "“Saya bilang, ‘Tolong hentikan’, lalu ia pergi,” kata Trump."
    assert runs(text) == ["Saya bilang, ‘Tolong hentikan’, lalu ia pergi,"]


@pytest.mark.parametrize("text", [
    "Sidang digelar pada hari Jum'at di Jakarta.",
    "Lagu-lagu era '90-an kembali populer di kalangan remaja.",
    "Kitab Qur’an dibacakan setiap pagi.",
    "Ia datang ke rumah 'tanpa pemberitahuan sebelumnya.",  # a single mark that never closes
])
def test_apostrophes_and_unbalanced_single_marks_are_no_quotes(text: str) -> None:
    assert runs(text) == []


def test_a_stray_closing_mark_opens_nothing() -> None:
    assert runs("Harga naik tajam,” ujar pedagang itu.") == []


def test_segment_and_attribution_see_the_same_quotations() -> None:
    text = "”Kami siap. Semua sudah disiapkan,” kata Budi. Ia lalu pergi."
    assert quote_regions(text) == [(0, 35)]
    assert [s.text for s in split_sentences(text)] == ["”Kami siap. Semua sudah disiapkan,” kata Budi.",
                                                       "Ia lalu pergi."]


def article_quotes(raw: str, *people: str) -> list[tuple[str, str]]:
    """(raw quote text, speaker) of a whole raw article through clean, segment and attribution."""
    doc = clean(raw)
    ents = []
    for name in people:
        start = doc.text.find(name)
        while start >= 0:
            ents.append(Entity(start, start + len(name), name, "PER"))
            start = doc.text.find(name, start + 1)
    quotes = attribute(doc.text, split_sentences(doc.text, doc.spans), sorted(ents, key=lambda e: e.start), doc.spans)
    out = []
    for q in quotes:
        a, b = doc.to_raw(q.start, q.end)
        out.append((raw[a:b], q.speaker))
    return out


BODY = ("Menteri Pertanian Andi Amran Sulaiman melaporkan 212 produsen beras kepada polisi.\n"
        "{o}Temuan ini telah dilaporkan secara resmi ke Kapolri,{c} kata Amran di Jakarta.\n"
        "{o}Ini sangat merugikan masyarakat,{c} katanya.\n")


@pytest.mark.parametrize(("opening", "closing"), [
    ("“", "”"), ("”", "”"), ("„", "“"), ("«", "»"), ('"', '"'), ("‘", "’"),
    ("&ldquo;", "&rdquo;"), ("&quot;", "&quot;"), ("&#8220;", "&#8221;"), ('"', "&rdquo;"),
    ("''", "''"), ("``", "''"),  # Republika closes and opens with two apostrophes; typewriter marks
])
def test_whole_article_of_each_convention(opening: str, closing: str) -> None:
    raw = BODY.format(o=opening, c=closing)
    got = article_quotes(raw, "Andi Amran Sulaiman", "Amran")
    assert ("Temuan ini telah dilaporkan secara resmi ke Kapolri,", "Andi Amran Sulaiman") in got
    assert ("Ini sangat merugikan masyarakat,", "Andi Amran Sulaiman") in got


def test_html_entities_and_tags_keep_raw_offsets() -> None:
    raw = ("<p>Menteri Andi Amran Sulaiman hadir.</p><p>&ldquo;Kami sudah serahkan seluruh data&nbsp;dan temuan "
           "lengkap,&rdquo; kata Amran.</p>")
    got = article_quotes(raw, "Andi Amran Sulaiman", "Amran")
    assert got == [("Kami sudah serahkan seluruh data&nbsp;dan temuan lengkap,", "Andi Amran Sulaiman")]


def test_utf8_read_as_cp1252_is_repaired_and_offsets_stay_raw() -> None:
    # scrapers that decode UTF-8 byte by byte leave "â€œ" for “ and "Ã¶" for ö
    raw = ("Penggemar serangga BjÃ¶rn Hjaltason menemukan nyamuk. â€œSaya langsung curiga dan segera menangkap "
           "lalat itu,â€\x9d kata BjÃ¶rn. Ayat ini berbunyi Ø§Ù„Ù„Ù‡ dalam bahasa Arab.")
    doc = clean(raw)
    assert "Björn Hjaltason" in doc.text and "“Saya langsung" in doc.text and "الله" in doc.text
    got = article_quotes(raw, "Björn Hjaltason", "Björn")
    assert got == [("Saya langsung curiga dan segera menangkap lalat itu,", "Björn Hjaltason")]


def kept_texts(raw: str) -> list[str]:
    """The texts of the paragraphs cleaning keeps."""
    return [p.text for p in clean(raw).paragraphs if p.kept]


def test_one_line_article_is_cut_into_paragraphs() -> None:
    sentence = "Pemerintah terus memantau harga beras di berbagai daerah setiap pekan. "
    raw = (sentence * 20 + "“Kami akan menindak tegas produsen nakal,” kata Amran. ADVERTISEMENT SCROLL TO CONTINUE "
           "WITH CONTENT Ia menambahkan, stok beras nasional aman hingga akhir tahun.")
    kept = kept_texts(raw)
    assert len(kept) >= 3
    assert "“Kami akan menindak tegas produsen nakal,” kata Amran." in kept
    assert "Ia menambahkan, stok beras nasional aman hingga akhir tahun." in kept
    assert all("SCROLL" not in p for p in kept)


def test_line_breaks_inside_a_sentence_are_joined() -> None:
    # Lampung Post and Republika put links and italics on lines of their own
    raw = ("Bandar Lampung (\nLampost.co\n)\n — Pemerintah \nProvinsi Lampung\n berkomitmen memberantas korupsi.\n"
           "“Sistem yang baik bukan hanya soal teknis, tapi soal budaya, menjadikan \nhabitual daily\n dan cara "
           "pandang pemerintahan,” ujar Mirza.\nBerikut rinciannya:\na. pihak yang rahasianya diungkap setuju;\n"
           "b. pengungkapan berkaitan dengan jabatan publik.")
    kept = kept_texts(raw)
    assert kept[1] == ("“Sistem yang baik bukan hanya soal teknis, tapi soal budaya, menjadikan habitual daily dan "
                       "cara pandang pemerintahan,” ujar Mirza.")
    assert kept[0].endswith("Provinsi Lampung berkomitmen memberantas korupsi.")
    assert "a. pihak yang rahasianya diungkap setuju;" in kept  # list items stay lines of their own


def test_a_link_alone_on_its_line_and_a_quotation_over_a_line_break_stay_in_their_sentence() -> None:
    # republika-04, republika-01: a linked name written on a line of its own, capitalised, inside a sentence;
    # a quotation whose italic term ended a line and whose next line closes it without opening a paragraph
    raw = ("Adapun hingga saat ini, kata dia, belum ada laporan pengaduan ke\nKejagung\nterkait potensi "
           "pelanggaran di Raja Ampat.\n\"Anggarannya sudah digeser untuk program lain. Kami ini punya\nmultiplier "
           "effect.\nKalau hotel bisa jalan, UMKM juga hidup,\" ujarnya.\nBaca juga:\nHarga Emas Naik Lagi\n"
           "\"Kami siap.\nKami juga sudah menyiapkan tim,\" kata dia.")
    kept = kept_texts(raw)
    assert kept[0] == ("Adapun hingga saat ini, kata dia, belum ada laporan pengaduan ke Kejagung terkait potensi "
                       "pelanggaran di Raja Ampat.")
    assert kept[1] == ("\"Anggarannya sudah digeser untuk program lain. Kami ini punya multiplier effect. Kalau hotel "
                       "bisa jalan, UMKM juga hidup,\" ujarnya.")
    assert "Harga Emas Naik Lagi" not in " ".join(kept[:2])  # a headline after "Baca juga:" stays apart
    # a stray mark inside a paragraph that does not open with one joins nothing
    stray = 'Warga menyebut pasar itu "pasar kaget.\nPasar itu buka setiap Minggu" dan selalu ramai.'
    assert kept_texts(stray) == stray.split("\n")



def test_a_doubled_apostrophe_inside_a_name_is_no_quotation_mark():
    # review set (Tribunnews): "Ma''ruf" (a scraper's doubled apostrophe) opened a quotation to the paragraph end
    text = "Wakil Presiden KH Ma''ruf Amin hadir. \"Kami mendukung penuh,\" kata Ma''ruf."
    runs = find_quote_runs(text, 0, len(text))
    assert [text[r.start:r.end] for r in runs] == ["Kami mendukung penuh,"]
