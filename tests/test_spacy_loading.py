"""Fast model loading keeps the tokens of a normal ``spacy.load``, and a long run gets the whole tokenizer."""

from __future__ import annotations

from pipeline.ner import resolve_model_dir
from pipeline.spacy_loading import LazyTokenizer, full_tokenizer, import_spacy, load_pipeline

TEXT = ("Anak-anak bermain di kota-kota besar, sementara orang tua mereka bekerja. Warna abu - abu itu "
        "dipilih oleh para ibu-ibu PKK. Kupu-kupu hinggap; e-KTP dan COVID-19 dibahas lagi :-) pada 20-21 Mei.")


def test_lazy_tokenizer_gives_the_tokens_of_spacy_load_and_full_tokenizer_builds_it_whole() -> None:
    path = resolve_model_dir()
    eager = import_spacy().load(path)
    lazy = load_pipeline(path)
    assert isinstance(lazy.tokenizer, LazyTokenizer)
    expected = [t.text for t in eager.tokenizer(TEXT)]
    assert [t.text for t in lazy.tokenizer(TEXT)] == expected
    assert "Anak-anak" in expected and "kota-kota" in expected
    full_tokenizer(lazy)
    assert not isinstance(lazy.tokenizer, LazyTokenizer)
    assert [t.text for t in lazy.tokenizer(TEXT)] == expected
    assert [(e.text, e.label_) for e in lazy(TEXT).ents] == [(e.text, e.label_) for e in eager(TEXT).ents]


def test_import_spacy_leaves_spacys_command_line_out_until_asked_for() -> None:
    import subprocess
    import sys

    code = ("import sys; from pipeline.spacy_loading import import_spacy; spacy = import_spacy(); "
            "print('spacy.cli' in sys.modules, 'torch' in sys.modules); "
            "print(sorted(spacy.info(markdown=False, silent=True))[:2]); "
            "import spacy.cli; print(callable(spacy.cli.train.train), spacy.cli.info.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False False", "['location', 'pipelines']", "True spacy.cli.info"]
