"""Tests for pipeline.clean on real seed lines: boilerplate, repairs, offsets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.clean import QUOTE_VARIANTS, ZERO_WIDTH, clean, load_rules, normalise_line, repeated_lines
from pipeline.ingest import iter_articles
from pipeline.records import Article, CleanDoc

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = sorted((REPO / "corpus").glob("*.txt"))


def _seed(prefix: str) -> Article:
    [path] = [p for p in SEEDS if p.name.startswith(prefix)]
    [art] = list(iter_articles([path]))
    return art


def _removed(doc: CleanDoc) -> dict[str, str]:
    return {p.text: p.reason for p in doc.paragraphs if not p.kept}


def check_offsets(doc: CleanDoc) -> None:
    """Every cleaned char maps back to the raw char it came from."""
    raw, text, off = doc.raw, doc.text, doc.offsets
    assert len(off) == len(text) + 1
    assert all(a <= b for a, b in zip(off, off[1:], strict=False)), "offsets must not decrease"
    kept = [p for p in doc.paragraphs if p.kept]
    assert len(kept) == len(doc.spans)
    for para, (s, e) in zip(kept, doc.spans, strict=True):
        assert text[s:e] == para.text
        for i in range(s, e):
            c, r = text[i], raw[off[i]]
            if c == r:
                continue
            inserted = off[i] == off[i + 1]
            assert (c == " " and (r.isspace() or inserted)) or (c == '"' and r in QUOTE_VARIANTS), (i, c, r)
        rs, re_ = doc.to_raw(s, e)
        source = "".join(QUOTE_VARIANTS.get(c, c) for c in raw[rs:re_] if c not in ZERO_WIDTH)
        without_inserted = "".join(text[i] for i in range(s, e) if off[i] != off[i + 1] or text[i] != " ")
        assert " ".join(source.split()) == " ".join(without_inserted.split())
    for (_s, e), (s2, _e2) in zip(doc.spans, doc.spans[1:], strict=False):
        assert text[e:s2] == "\n\n" and off[e] == off[s2]
    if doc.spans:
        assert off[-1] == off[doc.spans[-1][1] - 1] + 1


def test_seed000_boilerplate_removed_and_body_kept() -> None:
    doc = clean(_seed("000"))
    removed = _removed(doc)
    assert removed["Foto : CNA/AP"] == "boilerplate:credit"
    assert removed["A A A Pengaturan Font"].startswith("boilerplate:")
    assert removed["Redaktur : Lili Lestari"] == "boilerplate:credit"
    assert removed["Penulis : CNA"] == "boilerplate:credit"
    assert removed["Komentar"] == "boilerplate:widget"
    assert removed["()"] == "boilerplate:no_letters"
    assert removed["Top"] == "boilerplate:widget"
    menu = next(t for t in removed if t.startswith("Nasional Mondial Ekonomi Megapolitan"))
    assert removed[menu] == "boilerplate:menu"
    assert removed["Menlu Rusia Abaikan Tudingan AS Soal Korea Utara Pasok Amunisi ke Moskow"] == "headline"
    caption = next(t for t in removed if t.startswith("Dalam foto yang dirilis"))
    assert removed[caption] == "boilerplate:caption"
    assert doc.text.startswith("MOSKOW - Menteri Luar Negeri Rusia mengabaikan klaim AS bahwa Korea Utara")
    assert doc.text.endswith("di Semenanjung Korea dengan Korea Utara dan Tiongkok.")
    assert len(doc.spans) == 14
    for gone in ("Komentar", "Pengaturan Font", "Lili Lestari", "CNA/AP"):
        assert gone not in doc.text


def test_seed000_glued_sentences_repaired_and_mapped_to_raw() -> None:
    doc = clean(_seed("000"))
    assert "ke Rusia untuk pertempuran di Ukraina. Korea Utara dengan tegas membantah" in doc.text
    assert "Ukraina.Korea" not in doc.text
    assert "kepada siapa pun. Hal ini dimaksudkan" in doc.text
    phrase = "Korea Utara dengan tegas membantah"
    start = doc.text.index(phrase)
    rs, re_ = doc.to_raw(start, start + len(phrase))
    assert doc.raw[rs:re_] == phrase
    assert doc.raw[rs - 8 : rs] == "Ukraina."
    # a span across the inserted space maps to the glued raw text
    s2 = doc.text.index("siapa pun. Hal ini")
    rs2, re2 = doc.to_raw(s2, s2 + len("siapa pun. Hal ini"))
    assert doc.raw[rs2:re2] == "siapa pun.Hal ini"
    check_offsets(doc)


def test_seed001_credits_captions_widgets() -> None:
    doc = clean(_seed("001"))
    removed = _removed(doc)
    assert removed["Juru bicara Pemerintah Rusia, Dmitry Peskov, (AFP)"] == "boilerplate:caption"
    assert removed["Willy Haryono • 17 Oktober 2023 20:14"] == "boilerplate:byline"
    assert removed["Cek Berita dan Artikel yang lain di"].startswith("boilerplate:")
    assert removed["(WIL)"] == "boilerplate:credit"
    assert removed["Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan"] == "boilerplate:social"
    for widget in ("Google News", "TERKAIT", "BERITA LAINNYA", "FOLLOW US"):
        assert removed[widget] == "boilerplate:widget"
    baca = next(t for t in removed if t.startswith("Baca juga:"))
    assert removed[baca] == "boilerplate:related"
    assert removed["Hubungan Rusia-Korea Utara"] == "boilerplate:short_no_verb"
    assert removed["Rusia Tegaskan 'Tidak Ada Bukti' Korea Utara Pernah Kirim Senjata"] == "headline"
    assert doc.text.startswith("Moskow: Pemerintah Rusia mengatakan pada hari Selasa ini")
    check_offsets(doc)


def test_seed002_dateline_and_comment_widget() -> None:
    removed = _removed(clean(_seed("002")))
    assert removed["Sabtu, 21 Oktober 2023 - 09:50 WIB"] == "boilerplate:dateline"
    assert removed["tulis komentar anda"] == "boilerplate:widget"


def test_seed003_photo_captions_and_trailing_editor_mark() -> None:
    doc = clean(_seed("003"))
    removed = _removed(doc)
    assert removed["• Associated Press"] == "boilerplate:byline"
    captions = [t for t, r in removed.items() if r == "boilerplate:caption"]
    assert len(captions) == 2 and all(t.endswith("(Maxim Shemetov/Pool Photo via AP)") for t in captions)
    assert doc.text.endswith("menampik tuduhan transfer senjata Korea Utara ke Rusia.")  # "[ab/ns]" stripped
    assert "“Kami akan melakukan segala upaya untuk mengembangkan hubungan kami,” kata Choe." in doc.text
    check_offsets(doc)


def test_seed004_tribun_furniture() -> None:
    doc = clean(_seed("004"))
    removed = _removed(doc)
    assert removed["Editor: Adjeng Hatalea"] == "boilerplate:credit"
    assert removed["(AFP PHOTO / HANDOUT / KCTV)"] == "boilerplate:caption"
    assert (
        next(r for t, r in removed.items() if t.startswith("Foto tangkapan layar")) == "boilerplate:caption"
    )
    assert next(r for t, r in removed.items() if t.startswith("©")) == "boilerplate:copyright"
    assert removed["All Right Reserved"] == "boilerplate:widget"
    assert removed["Berita Terkait"] == "boilerplate:widget"
    assert removed["Ikuti kami di"].startswith("boilerplate:")
    # NBSP inside "Korea Utara" becomes a space, TRIBUNAMBON.COM is not "repaired"
    assert "PYONGYANG, TRIBUNAMBON.COM - Korea Utara mengutuk" in doc.text
    assert "\u00a0" not in doc.text
    assert "memperketat sanksi terhadap Pyongyang." in doc.text and "(*)" not in doc.text
    check_offsets(doc)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("SCROLL TO CONTINUE WITH CONTENT", "boilerplate:widget"),
        ('Simak Video "Prabowo Panggil Menkeu Purbaya"', "boilerplate:related"),
        ('Tonton juga video "Bayar Pajak Semudah Beli Pulsa" di sini:', "boilerplate:related"),
        ("[Gambas:Video 20detik]", "boilerplate:embed"),
        ("Baca juga: Ratusan Demonstran Ditangkap saat Aksi Protes", "boilerplate:related"),
        # Okezone: another story's headline in brackets, as a paragraph of its own
        ("(Baca Juga: Sandiaga Bilang Kampanye di 1.000 Titik Sudah Diverifikasi KPU)", "boilerplate:related"),
        ("Saksikan Live DetikPagi :", "boilerplate:related"),
        ("ADVERTISEMENT", "boilerplate:widget"),
        ("(Foto: dok. Cetaphil)", "boilerplate:caption"),
        ("Artikel ini telah tayang di CNN Indonesia.", "boilerplate:syndication"),
        ("Bahan:", "boilerplate:short_no_verb"),
        ("Jumat, 20 Oktober 2023 14:05 WIB", "boilerplate:dateline"),
        # detik-516: a programme's tagline closing the article was a quote of the last speaker
        ('"Detik Sore, Nggak Cuma Hore-hore!"', "boilerplate:promo"),
        ("Sampaikan komentar Anda melalui kolomlive chatyang tersedia.", "boilerplate:promo"),
    ],
)
def test_detik_style_boilerplate(line: str, reason: str) -> None:
    text = f"Presiden menegaskan pentingnya pengendalian inflasi kemarin.\n{line}\nIa menambahkan hal itu."
    doc = clean(text)
    assert _removed(doc) == {line: reason}


@pytest.mark.parametrize(
    "line",
    [
        '"Setuju," jawab para peserta rapat.',
        "Lalu bagaimana hasilnya?",
        "Ia membenarkan informasi penangkapan Noel.",
        "Berikut daftar saksi yang diperiksa:",
        "1. Ketum PDIP Megawati Soekarnoputri",
        "“Kami siap”",
        'Semboyannya tegas, "Merdeka 100 persen."',
        "Menurut orator, negara harus menjamin pendidikan bagi warganya.",
        "Polisi menangkap pelaku",
    ],
)
def test_short_real_content_is_kept(line: str) -> None:
    text = f"Presiden menegaskan pentingnya pengendalian inflasi nasional kemarin.\n{line}"
    doc = clean(text)
    assert all(p.kept for p in doc.paragraphs), _removed(doc)


def test_glue_repair_leaves_domains_initials_decimals_alone() -> None:
    cases = {
        "Kata dia di detik.com hari ini.": "Kata dia di detik.com hari ini.",
        "Gelar S.Kom diraih A.S. Hikam tahun ini.": "Gelar S.Kom diraih A.S. Hikam tahun ini.",
        "Inflasi 2.5 persen.Angka itu turun.": "Inflasi 2.5 persen. Angka itu turun.",
        "Ia bertemu dr.Budi di RS.": "Ia bertemu dr.Budi di RS.",
        "Perkara 135/Pid.Sus-LH/2025 disidang.": "Perkara 135/Pid.Sus-LH/2025 disidang.",
        'Ia menjawab "tidak".Lalu pergi.': 'Ia menjawab "tidak". Lalu pergi.',
        "Benarkah?Ya benar.": "Benarkah? Ya benar.",
        "Kunjungi www.Contoh.com untuk info.": "Kunjungi www.Contoh.com untuk info.",
        "Kasus itu ditangani KPK.KPK menahan dua orang.": "Kasus itu ditangani KPK.KPK menahan dua orang.",
        "Ia diperiksa kemarin.KPK menahan dua orang.": "Ia diperiksa kemarin. KPK menahan dua orang.",
    }
    for raw, expected in cases.items():
        doc = clean(raw)
        assert doc.text == expected, raw
        check_offsets(doc)


def test_quotes_kept_only_odd_variants_normalised() -> None:
    raw = "Ia berkata „cukup‟ lalu ＂pergi″. “Ya,” ‘tidak’ «oui» ''dua''\u200b kata\u00a0dia\t\tlagi ."
    doc = clean(raw)
    assert doc.text == "Ia berkata \"cukup\" lalu \"pergi\". “Ya,” ‘tidak’ «oui» ''dua'' kata dia lagi ."
    check_offsets(doc)


def test_empty_and_all_boilerplate() -> None:
    for raw in ("", "   \n\u00a0\n", "Komentar\nTop\n"):
        doc = clean(raw, article_id="x")
        assert doc.text == "" and doc.spans == [] and doc.offsets == [0]
        assert doc.to_raw(0, 0) == (0, 0)


def test_title_marks_headline_only_when_equal() -> None:
    art = Article(
        "t1", "Harga Cabai Naik Lagi\nHarga cabai naik lagi, kata pedagang.", title="Harga Cabai Naik Lagi"
    )
    doc = clean(art)
    assert [p.reason for p in doc.paragraphs] == ["headline", ""]
    assert doc.article_id == "t1"


def test_repeated_lines_per_outlet_and_clean_uses_them() -> None:
    arts = []
    topics = "pajak beras cabai banjir pemilu sekolah jalan kereta listrik air".split()
    for i in range(20):
        topic = topics[i % 10] + (" dan " + topics[(i + 3) % 10] if i >= 10 else "")
        text = f"Berita tentang {topic} hari ini.\nIkuti terus update terkini {i} kami\n"
        arts.append(Article(f"a{i}", text, url=f"https://news.contoh.com/{i}"))
    for i in range(3):
        arts.append(Article(f"b{i}", "Promo khusus outlet lain hari ini\nIsi.", url=f"https://lain.id/{i}"))
    rep = repeated_lines(iter(arts), min_articles=5, min_share=0.05)
    assert rep == frozenset({"ikuti terus update terkini kami"})  # digits stripped; 3 copies < 5 ignored
    doc = clean(arts[0], repeated=rep)
    assert _removed(doc) == {"Ikuti terus update terkini 0 kami": "boilerplate:repeated_in_outlet"}
    assert normalise_line("  Ikuti\u00a0terus 2025 ") == "ikuti terus"


def test_repeated_lines_ignores_republished_copies_and_quotes() -> None:
    quote = '"Kami akan menindak tegas siapa pun yang terlibat dalam kasus ini," kata Kapolri.'
    arts = [Article(f"c{i}", f"Pembuka sama.\n{quote}\nBaris {i}.", source="x") for i in range(10)]
    assert repeated_lines(arts, min_articles=2, min_share=0.0) == frozenset()


def test_random_documents_keep_offset_invariant() -> None:
    rng = random.Random(7)
    lines = [p.read_text(encoding="utf-8").splitlines() for p in SEEDS]
    pool = [x for ls in lines for x in ls if x.strip()]
    noise = ["\u00a0", "\t", "  ", "\u200b", "„", "″", ".", "\r", " .Ia", "?Ya", "\ufeff", "”", "\u00ad"]
    rules = load_rules()
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(0, 12)):
            line = rng.choice(pool)
            for _ in range(rng.randint(0, 4)):
                k = rng.randint(0, len(line))
                line = line[:k] + rng.choice(noise) + line[k:]
            parts.append(line)
        raw = rng.choice(["\n", "\r\n", "\n\n"]).join(parts)
        check_offsets(clean(raw, rules=rules))


def test_all_seeds_offsets() -> None:
    for path in SEEDS:
        [art] = list(iter_articles([path]))
        check_offsets(clean(art))


def test_load_rules_reports_bad_regex(tmp_path: Path) -> None:
    for name in ("clean_verb_affixes.txt", "clean_verbs.txt", "clean_abbreviations.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "boilerplate.txt").write_text("# c\nbroken ^(unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"boilerplate.txt:2: bad regex for rule broken"):
        load_rules(str(tmp_path))


@pytest.mark.skipif(
    not (SHARED / "corpus" / "detik-2025.jsonl").exists(), reason="shared corpus not available"
)
def test_detik_repeated_lines_and_no_quote_lost() -> None:
    path = SHARED / "corpus" / "detik-2025.jsonl"
    rep = repeated_lines(iter_articles([path]))
    assert "scroll to continue with content" in rep
    n_scroll = 0
    for art in iter_articles([path]):
        doc = clean(art, repeated=rep)
        assert "SCROLL TO CONTINUE WITH CONTENT" not in doc.text
        for para in doc.removed:
            n_scroll += para.text == "SCROLL TO CONTINUE WITH CONTENT"
            # dropped lines never hold a long quotation (except video promos, which quote titles)
            if para.reason not in ("boilerplate:related", "boilerplate:repeated_in_outlet"):
                assert not ('"' in para.text and len(para.text.split()) > 8), para.text
    assert n_scroll == 946


def test_a_story_glued_after_a_related_links_headline_is_kept():
    # multi-2025 sindonews-06, -05: a one-line dump (cut into sentences: longer than any paragraph) glues the
    # next paragraph to the "Baca juga" headline
    filler = "Kejagung mengusut dugaan korupsi pemberian kredit bank milik negara kepada PT Sritex. " * 14
    raw = (filler + "Kejagung mengusut kredit Sritex. Baca juga: Penuhi Panggilan Penyidik, Dirut Sritex Iwan "
           "Kurniawan "
           "Lukminto Datangi Kejagung Dia pun mendorong Kejagung untuk menelusuri lebih jauh penggunaan dana kredit "
           'tersebut. Baca Juga: Bos IAEA Peringatkan Israel, Ini Penjelasannya "Dokumen ini akan memungkinkan kami '
           'menyerang fasilitas nuklir rahasia," kata Dewan Keamanan Nasional Tertinggi Iran.')
    doc = clean(raw)
    assert "Dia pun mendorong Kejagung untuk menelusuri" in doc.text
    assert '"Dokumen ini akan memungkinkan kami' in doc.text
    assert "Penuhi Panggilan" not in doc.text and "Bos IAEA" not in doc.text
    start = doc.text.index("Dia pun")
    assert raw[doc.offsets[start]:doc.offsets[start] + 7] == "Dia pun"


def test_a_related_headline_with_lower_case_words_is_dropped_whole():
    # detik: a Title Case headline keeps prepositions in lower case; no sentence follows it
    doc = clean("Harga emas naik hari ini.\n\nSimak juga Video: OJK Sebut Rp 50,72 T Dana Asing Keluar dari Pasar "
                "Modal RI per April 2025")
    assert doc.text == "Harga emas naik hari ini."


def test_a_bracketed_link_to_another_story_inside_a_paragraph_is_cut_out_with_offsets_kept() -> None:
    # Okezone: "(Baca juga: ...)" after a sentence, and an emptied one glued to the next sentence
    text = ("Razikin menemui wartawan. (Baca juga: Jaga Kesehatan Mata, Batasi Anak Main Gadget)\n"
            "(Baca juga: )Timnas Indonesia U-19 sendiri sempat dua kali tertinggal.")
    doc = clean(text)
    assert "Baca" not in doc.text and "Gadget" not in doc.text
    assert "Razikin menemui wartawan." in doc.text
    assert "Timnas Indonesia U-19 sendiri sempat dua kali tertinggal." in doc.text
    check_offsets(doc)


def test_the_headline_printed_again_as_a_photo_caption_is_the_headline_too() -> None:
    # Tribunnews: "zoom-in <headline>" under the photo had put a false name ("Tual Siagakan") into the article
    headline = "Kapolres Kota Tual Siagakan Anggota dan Kumpulkan Bukti Buntut Bentrok Oknum Brimob dengan Polisi"
    art = Article("t2", f"{headline}\n\nzoom-in {headline}\n\nSituasi terkini di Markas Polres Kota Tual sudah "
                        "kondusif, kata Kapolres.", title=headline)
    doc = clean(art)
    assert [p.reason for p in doc.paragraphs] == ["headline", "headline", ""]


def test_a_paragraph_of_body_text_ending_in_its_reporters_credit_is_kept() -> None:
    # review set (Lampung Post): "(Fauzan/Magang)" made a caption of the article's last paragraph, and its
    # statement was lost; a caption-length line with the same credit is still a caption
    body = ("Ia juga meminta warga menjaga kebersihan lingkungan dengan tidak membuang sampah ke saluran air agar "
            "aliran drainase tetap lancar dan banjir tidak terulang di kota ini. (Fauzan/Magang)")
    caption = "Pemerintah berharap DPR dapat kembali utuh demi kepentingan bangsa. (CNN Indonesia/Adhi Wicaksono)"
    doc = clean(Article(article_id="x", text=f"{body}\n\n{caption}\n"))
    assert [p.kept for p in doc.paragraphs] == [True, False]
    assert _removed(doc) == {caption: "boilerplate:caption"}


def test_a_short_quotation_ending_in_its_editors_initials_is_kept() -> None:
    # review set (liputan6): "(Sun/Yus)" after the last quotation made a caption of it, and the quote was lost
    line = '"Kami akan terus mengawal kasus ini sampai tuntas," tutup dia. (Sun/Yus)'
    doc = clean(Article(article_id="x", text=f"Kapolres Bogor meninjau lokasi.\n\n{line}\n"))
    assert [p.kept for p in doc.paragraphs] == [True, True]


def test_a_photo_caption_placing_people_in_the_picture_is_a_caption() -> None:
    # review set (Republika): a caption printed before the dateline, with no photo credit, gave a record
    caption = ("Kapolda Jawa Timur Irjen Pol Luki Hermawan (kanan) meminta wartawan untuk mundur saat rombongan "
               "Gubernur Papua mengunjungi asrama mahasiswa di Jalan Kalasan, Surabaya, Selasa (27/8/2019).")
    body = ("Kapolda Jawa Timur Irjen Pol Luki Hermawan (kanan) mengatakan penyelidikan masih berjalan. Ia meminta "
            "warga tetap tenang.")
    doc = clean(Article(article_id="x", text=f"{caption}\n\n{body}\n"))
    assert _removed(doc) == {caption: "boilerplate:caption"}


def test_a_bracketed_link_without_juga_is_another_storys_headline():
    # review set (Tempo): "(Baca: Iriana Jokowi Bagikan Sembako di Bogor)" glued the wife's name onto "Jokowi"
    text = ('Ia meninjau harga beras. (Baca: Iriana Jokowi Bagikan Sembako di Bogor) "Harga stabil," kata Jokowi.')
    assert "Baca" not in clean(Article("a", text)).text


def test_a_full_stop_glued_after_an_acronym_gets_its_space():
    # review set (Tempo): "... kanal-kanal resmi BMKG.Sementara itu Badan ..." ran two sentences into one quote
    text = "BMKG mengimbau warga memantau kanal resmi BMKG.Sementara itu Badan Geologi menaikkan status gunung."
    assert "BMKG. Sementara itu" in clean(Article("a", text)).text
