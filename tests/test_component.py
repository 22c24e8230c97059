"""The spaCy components as users meet them: added by name, saved, loaded in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import spacy

TEXT = ("Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Moskow.\n\n"
        '"Kami akan melakukan segala upaya untuk mengembangkan hubungan kami," kata Choe.')


def run_fresh(code: str) -> dict:
    """Run ``code`` in a new interpreter (only the installed package, no test imports); it prints JSON."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_saved_pipeline_loads_in_a_fresh_process(tmp_path):
    out = run_fresh(f"""
        import json, spacy
        nlp = spacy.blank("id")
        nlp.add_pipe("kutipan_segmenter")
        nlp.add_pipe("kutipan_quotes", config={{"parser": "none", "confidence_floor": 0.3}})
        nlp.to_disk({str(tmp_path / "nlp")!r})
    """ + f"""
        loaded = spacy.load({str(tmp_path / "nlp")!r})
        doc = loaded({TEXT!r})
        print(json.dumps({{"pipe_names": loaded.pipe_names,
                          "config": dict(loaded.get_pipe_config("kutipan_quotes")),
                          "quotes": [[s.text, s._.speaker, s._.speaker_role, s._.cue, s._.confidence,
                                      s._.quote_type, s._.resolution] for s in doc._.quotes]}}))
    """)
    assert out["pipe_names"] == ["kutipan_segmenter", "kutipan_quotes"]
    assert out["config"] == {"factory": "kutipan_quotes", "parser": "none", "confidence_floor": 0.3}
    assert out["quotes"] == [["Kami akan melakukan segala upaya untuk mengembangkan hubungan kami,", "Choe", "",
                              "kata", 0.9, "direct", "cue_after/name"]]


def test_component_reads_the_entities_an_earlier_component_set():
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Choe Son Hui"}])
    nlp.add_pipe("kutipan_quotes", config={"parser": "none"})
    (span,) = nlp(TEXT)._.quotes
    # the full name and role come from the ruler's PERSON entity (label folded to PER)
    assert (span._.speaker, span._.speaker_role) == ("Choe Son Hui", "Menteri Luar Negeri Korea Utara")
    assert span.doc.spans["quotes"][0] == span


def test_quotes_survive_multiprocess_pipe():
    nlp = spacy.blank("id")
    nlp.add_pipe("kutipan_quotes", config={"parser": "none"})
    docs = list(nlp.pipe([TEXT, TEXT.replace("Choe", "Lavrov")], n_process=2, batch_size=1))
    assert [[(s.text[:9], s._.speaker) for s in d._.quotes] for d in docs] == [[("Kami akan", "Choe")],
                                                                              [("Kami akan", "Lavrov")]]
