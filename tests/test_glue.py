"""Words glued by scrapers are split only where every piece is a word the article or the language knows."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.clean.glue import Vocabulary, glue_points

CONTEXT = ("Komisi Pemberantasan Korupsi menahan tersangka. Presiden Prabowo Subianto berulang kali menegaskan "
           "tindak pidana korupsi selalu merugikan. Musisi Agnez Mo menjadi sorotan. Ketua Komisi III DPR "
           "Habiburokhman menjelaskan. Kata BBC pada hari itu. Warga memakai iPhone dan eKTP di DKI.")


def split(sample: str) -> str:
    out = sample
    for p in reversed(glue_points(sample, Vocabulary.of(CONTEXT))):
        out = out[:p] + " " + out[p:]
    return out


@pytest.mark.parametrize(("glued", "expected"), [
    ("denganKomisi Pemberantasan Korupsi(KPK)", "dengan Komisi Pemberantasan Korupsi (KPK)"),
    ("PresidenPrabowo Subiantoberulang", "Presiden Prabowo Subianto berulang"),
    ("tindak pidanakorupsiselalu", "tindak pidana korupsi selalu"),
    ("musisiAgnez Momenjadi", "musisi Agnez Mo menjadi"),
    ("KetuaKomisi IIIDPRHabiburokhmanmenjelaskan", "Ketua Komisi III DPR Habiburokhman menjelaskan"),
    ("dariCNN dan dariBBCpada", "dari CNN dan dari BBC pada"),
    ("Baca juga:Komisi", "Baca juga:Komisi"),
    ("Menteri Bahlil Lahadaliamengatakan,", "Menteri Bahlil Lahadalia mengatakan,"),
    ("kantor Reutersmemperkirakan", "kantor Reuters memperkirakan"),
    # an active verb the language data does not list, known by its prefix
    ("Wakil Presiden (Wapres)Gibran Rakabuming Rakaberziarah ke makam",
     "Wakil Presiden (Wapres) Gibran Rakabuming Raka berziarah ke makam"),
    ("Menanggapi hal itu, Budi Setiawanmenanggapi santai", "Menanggapi hal itu, Budi Setiawan menanggapi santai"),
    ("Amerika Serikatmenghentikan bantuan", "Amerika Serikat menghentikan bantuan"),
    ("kepada Presiden RIPrabowo Subiantosebagai bagian", "kepada Presiden RI Prabowo Subianto sebagai bagian"),
    # multi-2025 liputan6-08: an agency's acronym between two lower-case words; a title glued to a short name
    ("Putin seperti dilansirAPmenyatakan, bahwa", "Putin seperti dilansir AP menyatakan, bahwa"),
    ("Pemimpin Tertinggi Iran AyatullahAli Khamenei", "Pemimpin Tertinggi Iran Ayatullah Ali Khamenei"),
    # detik-23, detik-280: a word glued to a publication written the way its site writes it
    ("Dilansir daridetikFinance, sebanyak", "Dilansir dari detikFinance, sebanyak"),
    ("kata Supangat kepadadetikJatim", "kata Supangat kepada detikJatim"),
])
def test_glued_words_are_split(glued: str, expected: str) -> None:
    assert split(glued) == expected


@pytest.mark.parametrize("word", ["iPhone", "denganiPhone", "detikFinance",
                                  "McDonald", "DKI", "eKTP", "YouTube", "WhatsApp", "Dijelaskan",
                                  "https://kpk.go.id/berita", "redaksi@detik.com", "Sementara",
                                  "Mengingat", "Menyatakan", "Pertemuan", "Implementasi", "Pemberontakan",
                                  "Herdiansyah", "Kartomentoyo", "Goldberger", "Koordinasi", "Mediterania",
                                  "Rekomendasi", "Dirgantara", "Kakorlantas", "Widhiantara"])
def test_words_that_only_look_glued_stay_whole(word: str) -> None:
    assert split(word) == word


def test_clean_puts_the_spaces_in_and_keeps_raw_offsets() -> None:
    raw = CONTEXT + "\nKetuaKomisi IIIDPRHabiburokhmanmenjelaskan alasan pembahasan RUU KUHAP secara cepat."
    doc = clean(raw)
    start = doc.text.index("Ketua Komisi III DPR Habiburokhman menjelaskan alasan")
    end = start + len("Ketua Komisi III DPR Habiburokhman menjelaskan alasan")
    a, b = doc.to_raw(start, end)
    assert raw[a:b] == "KetuaKomisi IIIDPRHabiburokhmanmenjelaskan alasan"


def test_a_title_glued_to_a_name_is_split_even_when_repeated() -> None:
    text = ("PresidenDonald Trump mengatakan Iran harus menyerah. PresidenDonald Trump lalu pergi. "
            "Cip MediaTek dipakai. MediaTek untung. Tagar '#1TahunTerlaluCukup' ramai.")
    out = text
    for p in reversed(glue_points(text, Vocabulary.of(text))):
        out = out[:p] + " " + out[p:]
    assert out.count("Presiden Donald Trump") == 2
    assert "Cip MediaTek dipakai. MediaTek untung. Tagar '#1TahunTerlaluCukup' ramai." in out


def test_a_name_glued_to_a_short_word_after_it_is_split() -> None:
    # multi-2025 kompas-08: the link "Donald Trump" lost its space before "ini"; names that end in those
    # letters (Mancini, Jordan) stay whole, their first part never written alone
    text = ("Trump mengkritik Apple. Perusahaan milik Presiden Amerika Serikat Donald Trumpini, menyatakan, "
            "ponsel dibuat di AS. Pelatih Mancini dan pemain Jordan hadir.")
    out = text
    for p in reversed(glue_points(text, Vocabulary.of(text))):
        out = out[:p] + " " + out[p:]
    assert out == text.replace("Trumpini", "Trump ini")


def test_two_parts_of_a_name_glued_together_are_split() -> None:
    text = "Menteri Keuangan Sri MulyaniIndrawati mengatakan defisit melebar. Sri Mulyani lalu pergi. Cek di YouTube."
    out = text
    for p in reversed(glue_points(text, Vocabulary.of(text))):
        out = out[:p] + " " + out[p:]
    assert out == ("Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit melebar. Sri Mulyani lalu pergi. "
                   "Cek di YouTube.")


def test_a_datelines_dash_glued_to_the_lead_gets_its_space_and_raw_offsets_stay():
    # multi-2025 liputan6-07, kompas-11: "DC -Presiden Donald Trump" was one organisation for the model
    raw = "Liputan6.com, Washington DC -Presiden Donald Trump mengatakan Iran harus menyerah.\nTrump lalu pergi."
    doc = clean(raw)
    start = doc.text.index("- Presiden Donald Trump")
    assert doc.to_raw(start, start + len("- Presiden Donald Trump")) == (raw.index("-Presiden"),
                                                                         raw.index(" mengatakan"))
