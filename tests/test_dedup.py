"""Tests for pipeline.dedup: repeated blocks, near copies, rebuilt offsets."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from pipeline.clean import QUOTE_VARIANTS, clean
from pipeline.dedup import dedup_paragraphs, paragraph_key
from pipeline.ingest import iter_articles
from pipeline.records import CleanDoc

REPO = Path(__file__).resolve().parents[1]
SEED_002 = REPO / "corpus" / "002_536ced1bbd919f71.txt"


def _check_offsets(doc: CleanDoc) -> None:
    """Cleaned chars still map to their raw chars after the rebuild."""
    assert len(doc.offsets) == len(doc.text) + 1
    kept = [p for p in doc.paragraphs if p.kept]
    assert len(kept) == len(doc.spans)
    for para, (s, e) in zip(kept, doc.spans, strict=True):
        assert doc.text[s:e] == para.text
        for i in range(s, e):
            c, r = doc.text[i], doc.raw[doc.offsets[i]]
            assert (
                c == r
                or (c == " " and (r.isspace() or doc.offsets[i] == doc.offsets[i + 1]))
                or (c == '"' and r in QUOTE_VARIANTS)
            )
    for (_s, e), (s2, _e2) in zip(doc.spans, doc.spans[1:], strict=False):
        assert doc.text[e:s2] == "\n\n"


def test_seed002_repeated_block_removed_once() -> None:
    [art] = list(iter_articles([SEED_002]))
    before = clean(art)
    doc, n = dedup_paragraphs(before)
    assert n == 8
    dups = {p.index: p.reason for p in doc.paragraphs if p.reason.startswith("duplicate_of:")}
    assert dups == {i: f"duplicate_of:{i - 8}" for i in range(11, 19)}
    assert len(doc.spans) == len(before.spans) - 8 == 9
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”\"])\s+", doc.text) if s.strip()]
    repeated = [s for s, k in Counter(sentences).items() if k > 1]
    assert repeated == []
    assert doc.text.count("Pada hari Kamis, kantor berita resmi Korut melaporkan") == 1
    assert doc.text.count("Lavrov menggambarkan pembicaraan tersebut sebagai “komprehensif.”") == 1
    # first occurrences stay where they were in the raw text
    start = doc.text.index("Sekembalinya ke Moskow")
    assert doc.to_raw(start, start + 10)[0] == doc.raw.index("Sekembalinya ke Moskow")
    _check_offsets(doc)
    # the input doc is not modified
    assert all(p.kept for p in before.paragraphs if not p.reason)


def test_near_duplicates_with_tiny_edits() -> None:
    a = '"Kami akan melakukan segala upaya untuk mengembangkan hubungan kami," kata Choe.'
    b = "“Kami akan melakukan segala upaya untuk mengembangkan hubungan kami,” kata Choe."  # quote marks
    c = '"Kami akan melakukan segala upaya untuk terus mengembangkan hubungan kami," kata Choe.'  # extra word
    other = "Amerika Serikat dan Korea Selatan menuduh Korea Utara menyediakan amunisi artileri."
    doc, n = dedup_paragraphs(clean("\n".join([a, other, b, c])))
    assert n == 2
    assert [p.reason for p in doc.paragraphs] == ["", "", "duplicate_of:0", "duplicate_of:0"]
    assert doc.text == a + "\n\n" + other
    _check_offsets(doc)


def test_contained_paragraph_is_duplicate() -> None:
    long = (
        "Lavrov juga mengatakan kepada wartawan bahwa dia mendukung diadakannya pembicaraan rutin. "
        "Ia menambahkan bahwa keamanan di Semenanjung Korea menjadi perhatian bersama kedua negara."
    )
    part = "Ia menambahkan bahwa keamanan di Semenanjung Korea menjadi perhatian bersama kedua negara."
    doc, n = dedup_paragraphs(clean(long + "\n" + part))
    assert n == 1 and doc.paragraphs[1].reason == "duplicate_of:0"


def test_numbers_differ_and_short_lines_are_not_duplicates() -> None:
    lines = [
        "4. Jakarta: Rp 1,59 juta per bulan atau sekitar 11,8% dari total biaya hidup",
        "6. Batam: Rp 1,17 juta per bulan atau sekitar 12,8% dari total biaya hidup",
        '"Setuju," jawab para peserta rapat.',
        '"Setuju," jawab para peserta rapat.',
    ]
    doc, n = dedup_paragraphs(clean("\n".join(lines)))
    assert n == 0 and len(doc.spans) == 4


def test_threshold_and_min_chars_are_parameters() -> None:
    a = "Presiden meminta para menteri bekerja lebih keras untuk rakyat."
    b = "Presiden meminta semua menteri bekerja lebih cepat untuk rakyat."
    assert dedup_paragraphs(clean(f"{a}\n{b}"), threshold=95)[1] == 0
    assert dedup_paragraphs(clean(f"{a}\n{b}"), threshold=85)[1] == 1
    assert dedup_paragraphs(clean(f"{a}\n{a}"), min_chars=100)[1] == 0


def test_no_duplicates_returns_same_doc() -> None:
    doc = clean(
        "Satu kalimat yang cukup panjang untuk dibandingkan.\nKalimat kedua yang juga berbeda isinya."
    )
    out, n = dedup_paragraphs(doc)
    assert n == 0 and out is doc


def test_paragraph_key_ignores_case_quotes_and_spacing() -> None:
    assert paragraph_key("“Kami  SIAP ,” kata dia.") == paragraph_key('"kami siap," kata dia.')


def test_long_article_drops_every_repeated_paragraph() -> None:
    rng = random.Random(3)
    vocab = sorted(set(SEED_002.read_text(encoding="utf-8").split()))
    paras = [" ".join(rng.choice(vocab) for _ in range(rng.randint(10, 60))) + "." for _ in range(1500)]
    doc = clean("\n".join(paras + paras[:300]))
    out, n = dedup_paragraphs(doc)
    assert n == 300
    _check_offsets(out)
