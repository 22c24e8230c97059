"""Parser speed (words/s, one thread) and cue_subject accuracy on a small hand-written set.

The parser runs over every sentence that holds a speech cue, so it must keep
up with the rest of the pipeline (target: >= 5,000 words/s on one core).

    python bench/parser_speed.py [--conllu ../shared/data/ud/id_gsd-ud-test.conllu] [--model PATH]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.syntax import cue_subject, load_parser, parse, parse_many  # noqa: E402

DEFAULT_CONLLU = REPO.parent / "shared" / "data" / "ud" / "id_gsd-ud-test.conllu"

# (sentence, cue word, gold subject or "" for none): news-style cue sentences, written by hand.
CUE_SET: list[tuple[str, str, str]] = [
    ("Juru bicara Kremlin Dmitry Peskov mengatakan presiden Rusia akan mengunjungi Korea Utara .",
     "mengatakan", "Juru bicara Kremlin Dmitry Peskov"),
    ("Gedung Putih pekan lalu mengatakan Korea Utara telah mengirimkan lebih dari 1.000 kontainer .",
     "mengatakan", "Gedung Putih"),
    ("Lavrov mencemooh klaim AS dengan mengatakan bahwa tuduhan itu tidak berdasar .",
     "mengatakan", "Lavrov"),
    ("Menteri Keuangan Sri Mulyani Indrawati menegaskan bahwa defisit anggaran tetap terkendali .",
     "menegaskan", "Menteri Keuangan Sri Mulyani Indrawati"),
    ("Presiden Joko Widodo mengatakan pemerintah akan menambah anggaran pendidikan .",
     "mengatakan", "Presiden Joko Widodo"),
    ("Kepala Badan Meteorologi , Klimatologi , dan Geofisika Dwikorita Karnawati menjelaskan bahwa "
     "hujan lebat akan turun hingga pekan depan .",
     "menjelaskan", "Kepala Badan Meteorologi , Klimatologi , dan Geofisika Dwikorita Karnawati"),
    ("Polisi menyatakan pelaku sudah ditangkap di Bandung .", "menyatakan", "Polisi"),
    ("Ketua KPK Firli Bahuri kemarin menegaskan lembaganya tidak akan berhenti menyelidiki kasus itu .",
     "menegaskan", "Ketua KPK Firli Bahuri"),
    ("Dia mengatakan situasi di perbatasan masih tegang .", "mengatakan", "Dia"),
    ("Warga setempat mengaku tidak mendengar suara ledakan .", "mengaku", "Warga setempat"),
    ("Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan Beijing menentang sanksi tersebut .",
     "mengatakan", "Juru bicara Kementerian Luar Negeri China Mao Ning"),
    ("Gubernur DKI Jakarta Anies Baswedan menyebutkan bahwa banjir sudah surut .",
     "menyebutkan", "Gubernur DKI Jakarta Anies Baswedan"),
    ('" Kami siap menghadapi pemilu , " kata Ketua Umum Partai Golkar Airlangga Hartarto .',
     "kata", "Ketua Umum Partai Golkar Airlangga Hartarto"),
    ('" Harga beras akan turun , " ujar Menteri Perdagangan Zulkifli Hasan di Jakarta , Senin .',
     "ujar", "Menteri Perdagangan Zulkifli Hasan"),
    ("Sekretaris Jenderal PBB Antonio Guterres memperingatkan bahwa krisis iklim semakin parah .",
     "memperingatkan", "Sekretaris Jenderal PBB Antonio Guterres"),
    ("Pihak rumah sakit menyampaikan bahwa korban masih dirawat intensif .",
     "menyampaikan", "Pihak rumah sakit"),
    ("Kapolda Metro Jaya Irjen Karyoto menuturkan penyelidikan masih berlangsung .",
     "menuturkan", "Kapolda Metro Jaya Irjen Karyoto"),
    ("Peneliti senior LIPI itu menilai kebijakan tersebut kurang tepat .", "menilai", "Peneliti senior LIPI itu"),
    ("Ia kemudian menambahkan bahwa pemerintah akan mengevaluasi program tersebut .", "menambahkan", "Ia"),
    ("Perdana Menteri Israel Benjamin Netanyahu , dalam pidatonya , mengatakan perang akan berlanjut .",
     "mengatakan", "Perdana Menteri Israel Benjamin Netanyahu"),
    ("Direktur Utama PT Pertamina Nicke Widyawati mengungkapkan stok BBM aman hingga akhir tahun .",
     "mengungkapkan", "Direktur Utama PT Pertamina Nicke Widyawati"),
    ("Para pengunjuk rasa menuntut agar pemerintah membatalkan kenaikan harga BBM .",
     "menuntut", "Para pengunjuk rasa"),
]


def read_conllu_words(path: Path) -> list[list[str]]:
    """Sentences as surface tokens (multi-word tokens kept whole, as our tokeniser does)."""
    sents: list[list[str]] = []
    words: list[str] = []
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append(words)
            words, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            words.append(cols[1])
            skip_until = int(cols[0].split("-")[1])
        elif "." not in cols[0] and int(cols[0]) > skip_until:
            words.append(cols[1])
    if words:
        sents.append(words)
    return sents


def cue_accuracy(parser) -> tuple[int, int, list[str]]:
    ok, misses = 0, []
    for sentence, cue, gold in CUE_SET:
        words = sentence.split()
        span = cue_subject(parse(parser, words), words.index(cue))
        got = "" if span is None else " ".join(words[span[0]:span[1]])
        if got == gold:
            ok += 1
        else:
            misses.append(f"  {cue}: got {got!r}, want {gold!r}")
    return ok, len(CUE_SET), misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU)
    ap.add_argument("--model", default=None, help="spaCy model path or 'stanza' (default: shipped model)")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    parser = load_parser(args.model)
    if parser is None:
        print("no parser available")
        return 1
    sents = read_conllu_words(args.conllu)
    n_words = sum(map(len, sents))
    parse_many(parser, sents[:50])  # warm-up
    for label, run in (("parse() one sentence at a time", lambda: [parse(parser, s) for s in sents]),
                       ("parse_many() batched", lambda: parse_many(parser, sents))):
        wall, cpu = min(_timed(run) for _ in range(args.repeat))
        print(f"{label}: {n_words} words, {n_words / cpu:,.0f} words per CPU second "
              f"({n_words / wall:,.0f} words/s wall clock)")
    ok, total, misses = cue_accuracy(parser)
    print(f"cue_subject exact-span accuracy on the hand-written set: {ok}/{total}")
    print("\n".join(misses))
    return 0


def _timed(fn) -> tuple[float, float]:
    """Wall and CPU seconds: on a shared machine the CPU time is the one-core figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    sys.exit(main())
