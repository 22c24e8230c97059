"""Tests for pipeline.ingest: formats, encodings, bad records, stable unique ids."""

from __future__ import annotations

import gzip
import json
import types
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.ingest import count_articles, decode_bytes, iter_articles, url_domain

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return path


def test_txt_file_id_is_stem_and_text_is_exact(tmp_path: Path) -> None:
    raw = 'Judul\n\n"Kami siap," kata Budi.\r\n'
    (tmp_path / "berita-1.txt").write_text(raw, encoding="utf-8", newline="")
    [art] = list(iter_articles([tmp_path / "berita-1.txt"]))
    assert art.article_id == "berita-1"
    assert art.text == raw  # raw text untouched (offsets are into it)
    assert art.status == "ok" and art.encoding == "utf-8" and art.message == ""
    assert art.source_path == str(tmp_path / "berita-1.txt")


def test_cp1252_bytes_fall_back_and_say_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\u201cKami siap,\u201d kata Budi di caf\u00e9.".encode("cp1252"))
    [art] = list(iter_articles([tmp_path / "a.txt"]))
    assert art.text == "“Kami siap,” kata Budi di café."
    assert art.encoding == "cp1252"
    assert art.message == "decoded as cp1252 (not valid UTF-8)"
    assert art.status == "ok"


def test_decode_bytes_bom_and_latin1() -> None:
    assert decode_bytes("\ufeffHalo".encode()) == ("Halo", "utf-8-sig", "")
    text, enc, msg = decode_bytes(b"x\x81y")  # 0x81 is undefined in cp1252
    assert (text, enc) == ("x\x81y", "latin-1") and "latin-1" in msg


def test_jsonl_records_errors_and_ids(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "feed.jsonl",
        [
            {
                "id": "a",
                "text": "Satu.",
                "title": "T",
                "url": "https://news.detik.com/berita/d-1",
                "date": "d",
            },
            {"id": "a", "text": "Dua."},  # duplicate id
            '{"id": "broken", "text": ',  # bad JSON on line 3
            {"id": "c", "title": "no text"},  # missing text
            {"text": "Tanpa id."},  # missing id -> feed:5
            {"id": "e", "text": "   \n "},  # blank -> empty
            {"id": "f", "text": "Sumber.", "source": "Antara"},
        ],
    )
    arts = list(iter_articles([path]))
    by_id = {a.article_id: a for a in arts}
    assert [a.article_id for a in arts] == ["a", "a~2", "feed:3", "c", "feed:5", "e", "f"]
    assert by_id["a"].source == "detik.com" and by_id["a"].title == "T"
    assert by_id["a"].source_path == f"{path}:1"
    assert "duplicate id 'a'" in by_id["a~2"].message and by_id["a~2"].status == "ok"
    assert by_id["feed:3"].status == "error"
    assert by_id["feed:3"].message.startswith("line 3: invalid JSON: ")
    assert by_id["c"].status == "error" and "missing 'text'" in by_id["c"].message
    assert by_id["feed:5"].status == "ok" and "no id" in by_id["feed:5"].message
    assert by_id["e"].status == "empty"
    assert by_id["f"].source == "Antara"


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": f"g{i}", "text": f"Kalimat {i}."}) + "\n" for i in range(50))
    good = tmp_path / "x.jsonl.gz"
    good.write_bytes(gzip.compress(rows.encode()))
    arts = list(iter_articles([good]))
    assert [a.article_id for a in arts] == [f"g{i}" for i in range(50)]
    assert arts[0].source_path == f"{good}:1"
    bad = tmp_path / "y.jsonl.gz"
    bad.write_bytes(gzip.compress(rows.encode())[:-30])
    arts = list(iter_articles([bad]))
    assert arts[-1].status == "error" and "cannot read file" in arts[-1].message
    assert all(a.status == "ok" for a in arts[:-1]) and len(arts) >= 40


def test_csv_multiline_field_and_bad_encoding_row(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    body = 'id,text,url\r\nc1,"Baris satu.\nBaris ""dua"".",https://www.kompas.com/a\r\n'
    path.write_bytes(body.encode() + "c2,Harga \u20ac naik.,\r\n".encode("cp1252") + b",,\r\n")
    arts = list(iter_articles([path]))
    assert [a.article_id for a in arts] == ["c1", "c2"]
    assert arts[0].text == 'Baris satu.\nBaris "dua".' and arts[0].source == "kompas.com"
    assert arts[0].source_path == f"{path}:2"
    assert arts[1].text == "Harga € naik." and arts[1].encoding == "cp1252"
    assert arts[1].source_path == f"{path}:4"


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "nocol.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    [art] = list(iter_articles([path]))
    assert art.status == "error" and "no 'text' column" in art.message


def test_parquet_batches(tmp_path: Path) -> None:
    path = tmp_path / "p.parquet"
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(600)] + [None],
            "text": [f"Teks {i}." for i in range(600)] + [None],
            "url": ["https://finance.detik.com/x"] * 601,
        }
    )
    pq.write_table(table, path, row_group_size=200)
    arts = list(iter_articles([path]))
    assert len(arts) == 601 and arts[0].article_id == "p0" and arts[0].source == "detik.com"
    assert arts[599].source_path == f"{path}:600"
    assert arts[-1].article_id == "p:601" and arts[-1].status == "error"
    assert count_articles([path]) == 601


def test_folders_recursive_sorted_hidden_skipped_unknown_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zet.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("G.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    _jsonl(tmp_path / "b" / "m.jsonl", [{"id": "m1", "text": "M."}])
    arts = list(iter_articles([tmp_path]))
    assert [a.article_id for a in arts] == ["a", "m1", "z", "notes"]
    assert arts[-1].status == "error" and arts[-1].message.startswith("unsupported file type '.md'")
    assert count_articles([tmp_path]) == 4


def test_explicit_unknown_missing_and_duplicate_stems(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "same.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "two" / "same.txt").write_text("Dua.", encoding="utf-8")
    arts = list(
        iter_articles([tmp_path / "notes.md", tmp_path / "nope.jsonl", tmp_path / "one", tmp_path / "two"])
    )
    assert [a.status for a in arts] == ["error", "error", "ok", "ok"]
    assert "unsupported file type" in arts[0].message
    assert arts[1].message == "file not found"
    assert [a.article_id for a in arts[2:]] == ["same", "same~2"]


def test_is_a_lazy_generator(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "big.jsonl", [{"id": str(i), "text": "x."} for i in range(2000)])
    gen = iter_articles([path])
    assert isinstance(gen, types.GeneratorType)
    assert next(gen).article_id == "0"


def test_url_domain() -> None:
    assert url_domain("https://news.detik.com/berita/d-1") == "detik.com"
    assert url_domain("https://www.antaranews.com/x") == "antaranews.com"
    assert url_domain("https://nasional.kompas.co.id/read") == "kompas.co.id"
    assert url_domain("") == ""


def test_seed_corpus_folder() -> None:
    arts = list(iter_articles([REPO / "corpus"]))
    assert [a.article_id for a in arts][:2] == ["000_dad35232df4ce05d", "001_9df93e9f735add0a"]
    assert len(arts) == 5 and all(a.status == "ok" for a in arts)


@pytest.mark.skipif(
    not (SHARED / "corpus" / "detik-2025.jsonl").exists(), reason="shared corpus not available"
)
def test_detik_corpus_count_matches() -> None:
    path = SHARED / "corpus" / "detik-2025.jsonl"
    n = sum(1 for a in iter_articles([path]) if a.status == "ok")
    assert n == count_articles([path]) == 960


def test_html_page_gives_its_article_text_and_metadata(tmp_path):
    page = ("<html><head><title>Amran Laporkan 212 Produsen Beras</title></head><body>"
            "<nav><a href='/'>Beranda</a> | <a href='/berita'>Berita</a></nav><article>"
            "<h1>Amran Laporkan 212 Produsen Beras</h1>"
            "<p>JAKARTA - Menteri Pertanian Andi Amran Sulaiman melaporkan 212 produsen beras kepada polisi.</p>"
            "<p>&ldquo;Temuan ini telah dilaporkan secara resmi ke Kapolri,&rdquo; kata Amran di Jakarta.</p>"
            "</article><footer>Hak cipta 2025</footer></body></html>")
    (tmp_path / "amran.html").write_text(page, encoding="utf-8")
    (article,) = iter_articles([tmp_path])
    assert (article.article_id, article.status, article.title) == ("amran", "ok", "Amran Laporkan 212 Produsen Beras")
    assert "“Temuan ini telah dilaporkan secara resmi ke Kapolri,” kata Amran di Jakarta." in article.text
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
