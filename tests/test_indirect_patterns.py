"""Reported speech as outlets other than Detik write it, and the look-alikes that are not speech.

Real sentences of the kinds listed in the multi-outlet issue, with exact
expected spans and speakers (entities given as the NER would give them).
"""

from __future__ import annotations

import pytest

from pipeline.attribution import attribute
from pipeline.records import Entity
from pipeline.segment import split_sentences


def quotes(text: str, *names: str) -> list[tuple[str, str, str]]:
    ents = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            ents.append(Entity(start, start + len(name), name, "PER"))
            start = text.find(name, start + 1)
    found = attribute(text, split_sentences(text), sorted(ents, key=lambda e: e.start))
    return [(q.text, q.speaker, q.cue) for q in found]


def test_cue_inside_the_clause_gives_the_whole_sentence() -> None:
    text = ("Ketua Pansus Mikdar Ilyas meninjau pabrik singkong.\n\n"
            "Persoalan lain, lanjut Mikdar, adalah ketidaksesuaian data antara laporan pabrik dan kondisi riil.")
    assert quotes(text, "Mikdar Ilyas", "Mikdar")[-1] == (
        "Persoalan lain, lanjut Mikdar, adalah ketidaksesuaian data antara laporan pabrik dan kondisi riil",
        "Mikdar Ilyas", "lanjut")


def test_clitic_cue_opening_the_sentence() -> None:
    text = ("Ketua Komisi III DPR Habiburokhman hadir di Senayan.\n\n"
            "Jelasnya, percepatan pembahasan RUU KUHAP dilakukan karena sistem peradilan pidana sudah darurat.")
    assert quotes(text, "Habiburokhman")[-1] == (
        "percepatan pembahasan RUU KUHAP dilakukan karena sistem peradilan pidana sudah darurat",
        "Habiburokhman", "Jelasnya")


def test_passive_cue_with_its_agent_and_no_oleh() -> None:
    text = "Diungkapkan Niti, pihaknya akan menindak tegas setiap pelanggaran di lapangan."
    assert quotes(text, "Niti") == [("pihaknya akan menindak tegas setiap pelanggaran di lapangan", "Niti",
                                     "Diungkapkan")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lavrov mencemooh klaim AS bahwa Korea Utara mengirim amunisi ke Rusia.",
     ("Korea Utara mengirim amunisi ke Rusia", "AS", "klaim")),
    ("Lavrov berbicara kepada wartawan. Dalam penilaiannya, keresahan masyarakat soal kerusakan lingkungan "
     "sangat wajar.",
     ("keresahan masyarakat soal kerusakan lingkungan sangat wajar", "Lavrov", "penilaiannya")),
])
def test_nominal_cues(text: str, expected: tuple[str, str, str]) -> None:
    assert quotes(text, "Lavrov")[-1] == expected


def test_reported_question_ruling_and_directive() -> None:
    text = "Anggota DPR Budi Santoso mempertanyakan sejauh mana pemerintah menyiapkan anggaran bansos."
    assert quotes(text, "Budi Santoso") == [("sejauh mana pemerintah menyiapkan anggaran bansos", "Budi Santoso",
                                             "mempertanyakan")]
    text = "Mahkamah memutuskan bahwa pemilu nasional dan daerah harus dipisah mulai 2029."
    assert quotes(text) == [("pemilu nasional dan daerah harus dipisah mulai 2029", "Mahkamah", "memutuskan")]
    text = "Parlemen memutuskan untuk memakzulkan presiden lewat sidang darurat."
    assert quotes(text) == []  # a decision, not a statement
    text = "Abdullah meminta Kejaksaan Agung agar memberantas praktik korupsi di berbagai sektor."
    assert quotes(text, "Abdullah") == [("agar memberantas praktik korupsi di berbagai sektor", "Abdullah", "meminta")]


def test_report_nested_in_a_subordinate_clause_is_its_own_record() -> None:
    text = ("Menurut pengamat pasar uang Ibrahim Assuaibi, kondisi geopolitik kembali memanas setelah tiga "
            "pejabat AS menyebutkan bahwa Pentagon memperkuat kehadiran militernya di kawasan itu.")
    got = quotes(text, "Ibrahim Assuaibi")
    assert [(t[:30], s) for t, s, _ in got] == [("kondisi geopolitik kembali mem", "Ibrahim Assuaibi"),
                                                ("Pentagon memperkuat kehadiran ", "pejabat AS")]


@pytest.mark.parametrize("text", [
    "Menteri itu menyampaikan apresiasi kepada petugas yang telah bekerja keras selama libur panjang.",
    "Gibran menekankan pentingnya sinergi antara pemerintah pusat dan daerah dalam pembangunan.",
    "Selain itu, lain mengatakan harga beras masih tinggi di sejumlah pasar.",
    "Pertanyaan-pertanyaan ini mendorong kita untuk tidak lagi menilai pendidikan dari efisiensi.",
    '"Sudah dijawab tadi," jawab Frans. Dalam sidang itu, jaksa menghadirkan dua saksi ahli.',
    "Di hadapan hakim, Frans meminta maaf dan menyesali perbuatannya sambil menangis.",
    "Frans menyampaikan terima kasih kepada warga yang sudah membantu pencarian korban.",
    "Dengan kata lain, kritik terhadap lembaga atau jabatan publik tidak lagi dapat dipidana.",
])
def test_look_alikes_that_are_no_reported_speech(text: str) -> None:
    assert [q for q in quotes(text, "Frans") if q[2] != "jawab"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sebelumnya, seorang pejabat senior Amerika Serikat (AS) mengungkapkan kepada AFP pada Minggu (15/6), "
     "Presiden Donald Trump mengetahui bahwa Israel memiliki rencana untuk menyerang pemimpin tertinggi Iran.",
     "pejabat senior Amerika Serikat"),
    ("Juru bicara Kementerian Luar Negeri (Kemlu) mengatakan Indonesia menolak rencana itu.",
     "Juru bicara Kementerian Luar Negeri"),
])
def test_bracketed_acronym_before_the_cue_belongs_to_the_subject(text: str, speaker: str) -> None:
    ents = [Entity(text.find(w), text.find(w) + len(w), w, label)
            for w, label in (("Amerika Serikat", "LOC"), ("(AS)", "LOC"), ("Kementerian Luar Negeri", "ORG"),
                             ("(Kemlu)", "ORG"), ("Donald Trump", "PER")) if w in text]
    ents = [Entity(e.start + 1, e.end - 1, e.text[1:-1], e.label) if e.text.startswith("(") else e for e in ents]
    found = attribute(text, split_sentences(text), sorted(ents, key=lambda e: e.start))
    assert [q.speaker for q in found] == [speaker]


def test_role_a_relative_clause_hangs_on_says_it() -> None:
    text = ("Haaretz mengutip seorang juru bicara militer yang mengatakan bahwa prajurit berusaha meminimalkan "
            "potensi gesekan antara penduduk dan pasukan Israel.")
    ents = [Entity(0, 7, "Haaretz", "ORG")]
    found = attribute(text, split_sentences(text), ents)
    assert [(q.speaker, q.text) for q in found] == [
        ("juru bicara militer", "prajurit berusaha meminimalkan potensi gesekan antara penduduk dan pasukan Israel")]


def test_a_pronoun_takes_up_the_one_who_holds_a_relational_role() -> None:
    # detik-387: the lawyer, named in commas after "Kuasa hukum Bambang Tri", is who "-nya" means
    text = ("Kuasa hukum Bambang Tri, Pardiman, menganggap adanya kekhilafan hakim dalam memutuskan kasus tersebut. "
            "Menurutnya, mubahalah di akun YouTube tidak bisa membuktikan keonaran di dunia siber.")
    assert quotes(text, "Bambang Tri", "Pardiman") == [
        ("mubahalah di akun YouTube tidak bisa membuktikan keonaran di dunia siber", "Pardiman", "Menurutnya")]


def test_a_pronoun_after_an_unnamed_relational_subject_is_that_person() -> None:
    # detik-209: the lawyer of Hendrogiarto speaks, not Hendrogiarto nor the minister named later
    text = ("Kuasa hukum Hendrogiarto menyinggung abolisi yang diterima mantan Menteri Perdagangan Thomas Trikasih "
            "Lembong. Dia mengatakan Hendrogiarto tak punya kewenangan untuk membatalkan perintah Tom.")
    assert quotes(text, "Hendrogiarto", "Thomas Trikasih Lembong") == [
        ("Hendrogiarto tak punya kewenangan untuk membatalkan perintah Tom", "kuasa hukum Hendrogiarto", "mengatakan")]


def test_a_relational_description_closed_by_a_determiner_is_the_person_named_before() -> None:
    # detik-415: "mantan istri Ivan Fadilla itu" is Venna Melinda, who spoke just before
    text = ('"Tapi aku yakin Mas Verrell pasti bisa menyesuaikan," terang Venna Melinda. Lebih lanjut, mantan '
            "istri Ivan Fadilla itu menilai, wajar jika Verrell sempat kaget. Apalagi, menurutnya, usia putranya "
            "masih relatif muda ketika dilantik.")
    assert quotes(text, "Venna Melinda", "Ivan Fadilla", "Verrell")[-1] == (
        "usia putranya masih relatif muda ketika dilantik", "Venna Melinda", "menurutnya")


def test_the_wording_of_a_law_is_no_speech() -> None:
    # tempo-07: "Pasal tersebut berbunyi, ..." quotes a statute, not the petitioner
    text = ('Syamsul Jahidin mengatakan pasal itu merugikan pemohon. Pasal tersebut berbunyi, "Komisi Kepolisian '
            'Nasional sebagaimana dimaksud dalam ayat (1) dibentuk dengan keputusan presiden."')
    assert [q[0][:30] for q in quotes(text, "Syamsul Jahidin")] == ["pasal itu merugikan pemohon"]


def test_a_role_before_the_cue_describes_the_name_opening_the_sentence() -> None:
    # detik-809: no comma after the role; the speaker is the person, not "Penasihat Media UNRWA"
    text = ("Adnan Abu Hasna, Penasihat Media UNRWA mengatakan bahwa badan tersebut telah menyusun rencana untuk "
            "melanjutkan pendidikan siswa Palestina.")
    assert quotes(text, "Adnan Abu Hasna") == [
        ("badan tersebut telah menyusun rencana untuk melanjutkan pendidikan siswa Palestina", "Adnan Abu Hasna",
         "mengatakan")]


def test_a_one_word_name_introduced_with_a_role_opens_the_sentence_ia_takes_up() -> None:
    # cnnindonesia-11: "Ia" is Dolfie OFP (his initials are part of his name), whose sentence comes two back
    # (the one between names nobody), not Sri Mulyani who spoke before
    text = ("Anggota Banggar DPR RI Dolfie OFP turut mengkritik mekanisme pembukaan blokir yang dilakukan Sri "
            "Mulyani. Sri Mulyani mengakui dirinya memang sudah membuka blokir anggaran tersebut. Dolfie juga "
            "menyoroti belanja negara di sisa 2025 yang turun Rp93,8 triliun. Padahal, narasi penghematan awal yang "
            "disuarakan pemerintah mencapai Rp306,69 triliun. Ia mempertanyakan kemana larinya sisa Rp212,89 "
            "triliun.")
    assert quotes(text, "Dolfie OFP", "Sri Mulyani", "Dolfie")[-1] == (
        "kemana larinya sisa Rp212,89 triliun", "Dolfie OFP", "mempertanyakan")


@pytest.mark.parametrize(("text", "speaker"), [
    # tempo-08: Anwar Usman is whose act tarnished the ruling, not who speaks next
    ("Menurut Suharto, apa yang dilakukan Gibran melanggar regulasi. Apalagi, putusan MK tercoreng oleh tindakan "
     "hakim konstitusi Anwar Usman, yang tak lain Paman Gibran, karena dijatuhi sanksi etik. Dia menjelaskan, "
     "untuk menjadi seorang wakil presiden, seharusnya Gibran menempuh jalan sesuai aturan.", "Suharto"),
    # guard: the agent right after a passive verb and its role stays the subject
    ("Menurut Suharto, vaksin itu aman. Hal itu disampaikan Kepala Dinas Kesehatan Budi Santoso di Bandung. "
     "Ia menambahkan bahwa vaksin sudah tersedia di semua puskesmas.", "Budi Santoso"),
])
def test_a_name_inside_the_object_after_the_verb_is_no_subject(text: str, speaker: str) -> None:
    assert quotes(text, "Suharto", "Gibran", "Anwar Usman", "Budi Santoso")[-1][1] == speaker


def test_a_relational_role_before_a_name_is_someone_else_unnamed() -> None:
    # detik-209: "ujar kuasa hukum Hendrogiarto" is his lawyer, not Hendrogiarto; "Dia" then is the lawyer too
    text = ('Terdakwa Hendrogiarto A Tiwow membacakan pleidoi. "Uraian surat dakwaan tidak dapat dibebankan ke '
            'terdakwa," ujar kuasa hukum Hendrogiarto. Dia mengatakan Hendrogiarto hanya merupakan anak buah yang '
            "menjalankan perintah.")
    got = quotes(text, "Hendrogiarto A Tiwow", "Hendrogiarto")
    assert [s for _, s, _ in got] == ["kuasa hukum Hendrogiarto", "kuasa hukum Hendrogiarto"]



@pytest.mark.parametrize(("sentence", "expected"), [
    # detik-767, detik-182: "menurutnya" inside the clause, after the determiner closing its subject
    ("Sistem transportasi terintegrasi ini menurutnya akan menopang proyeksi Indonesia sebagai ekonomi terbesar.",
     "Sistem transportasi terintegrasi ini menurutnya akan menopang proyeksi Indonesia sebagai ekonomi terbesar"),
    ("Namun, hal tersebut menurutnya harus dibuka secara transparan agar publik tidak salah menilai.",
     "Namun, hal tersebut menurutnya harus dibuka secara transparan agar publik tidak salah menilai"),
])
def test_menurutnya_inside_the_clause_is_one_record_with_the_cue_left_in(sentence, expected) -> None:
    text = "Agus Harimurti Yudhoyono menyebut penyusunan RUU Sistranas dilakukan sebagai dasar hukum. " + sentence
    assert quotes(text, "Agus Harimurti Yudhoyono")[1:] == [(expected, "Agus Harimurti Yudhoyono", "menurutnya")]


def test_a_connective_closed_by_a_determiner_is_no_subject_before_menurutnya() -> None:
    # detik-706: "Selain itu menurutnya KLAUSA" is the ordinary "menurut X, KLAUSA": the clause follows the cue
    text = ("Simon Aloysius Mantiri menyebut pasokan energi terjaga. Selain itu menurutnya kontribusi Pertamina "
            "juga tercermin dari kinerja operasional yang terus menunjukkan tren positif.")
    assert all(not q[0].startswith("Selain itu") for q in quotes(text, "Simon Aloysius Mantiri"))


def test_menjawab_with_only_its_object_is_no_report_but_with_a_comma_it_is() -> None:
    # detik-182, detik-379: "menjawab tantangan/pertanyaan ..." meets a challenge or a question, it reports nothing
    text = ("Purbaya Yudhi Sadewa menjawab tantangan Gubernur Jawa Barat terkait dana daerah mengendap di perbankan. "
            "Johanis Tanak menjawab pertanyaan pejabat yang ditangkap di Sultra merupakan Bupati Kolaka Timur.")
    assert quotes(text, "Purbaya Yudhi Sadewa", "Johanis Tanak") == []
    text = "Johanis Tanak menjawab, pejabat yang ditangkap di Sultra merupakan Bupati Kolaka Timur."
    assert quotes(text, "Johanis Tanak") == [
        ("pejabat yang ditangkap di Sultra merupakan Bupati Kolaka Timur", "Johanis Tanak", "menjawab")]


@pytest.mark.parametrize(("sentence", "content"), [
    # Sindonews: the time clause after the cue's comma is the content's; the content had lost it, or was lost
    ("Salah seorang warga, Sartono mengaku, saat kejadian sedang berada di dalam rumah menonton televisi, "
     "karena kondisi di luar hujan deras.",
     "saat kejadian sedang berada di dalam rumah menonton televisi, karena kondisi di luar hujan deras"),
    ("Sartono mengatakan, saat kejadian ia sedang berada di dalam rumah menonton televisi.",
     "saat kejadian ia sedang berada di dalam rumah menonton televisi"),
    # a verb of the interview after the preposition: the cue's own adjunct
    ("Sartono mengatakan, saat ditemui di rumahnya, air sudah surut sejak pagi.", "air sudah surut sejak pagi"),
])
def test_a_time_clause_after_the_cues_comma_opens_the_content(sentence, content) -> None:
    assert [(text, speaker) for text, speaker, _ in quotes(sentence, "Sartono")] == [(content, "Sartono")]


def test_an_outlet_relaying_a_statement_already_attributed_with_menurut_is_no_second_record() -> None:
    # CNN Indonesia: '"...," demikian menurut laporan Israeli Army Radio, dikutip Al Jazeera' gave Al Jazeera
    # a record of the whole sentence besides the radio's direct one
    text = ("“Lebih dari 10 bus melintas pagi ini dalam perjalanan menuju perbatasan Kerem Shalom,” demikian "
            "menurut laporan Israeli Army Radio, dikutip Al Jazeera.")
    got = quotes(text)
    assert [(speaker, cue) for _, speaker, cue in got] == [("Israeli Army Radio", "menurut")]


def test_menurut_between_a_named_subject_and_its_predicate_is_one_record_of_the_whole_clause() -> None:
    # Tribunnews: the relaying outlet at the end had taken the sentence
    text = ("Mantan jenderal Israel Itzhak Brik menilai strategi militer Israel gagal.\n\n"
            "Namun IDF menurut Brik malah terus membombardir penduduk Gaza, mengutip Palestine Chronicles, Senin.")
    assert quotes(text, "Itzhak Brik", "Brik")[-1] == (
        "Namun IDF menurut Brik malah terus membombardir penduduk Gaza, mengutip Palestine Chronicles, Senin",
        "Itzhak Brik", "menurut")


@pytest.mark.parametrize(("sentence", "cue"), [
    # Antara: the agent of the passive is the clitic, a named source (unlike the agentless hedge "dinilai")
    ("Berita yang autentik dan terpercaya, dinilainya menjadi elemen kunci untuk memahami situasi politik "
     "Indonesia.", "dinilainya"),
    ("Kondisi tanah di lokasi itu, diakuinya, memang labil sejak lama.", "diakuinya"),
])
def test_a_passive_cue_with_its_agent_as_clitic_inside_the_clause_is_one_record(sentence, cue) -> None:
    text = "Duta Besar Aljazair Abdelouahab Osmane mengunjungi kantor ANTARA.\n\n" + sentence
    assert quotes(text, "Abdelouahab Osmane")[-1] == (sentence.rstrip("."), "Abdelouahab Osmane", cue)


def test_a_clitic_cue_followed_by_an_adjunct_still_ends_the_clause() -> None:
    text = "Menteri Budi Santoso hadir di pasar.\n\nHarga beras sudah turun sejak pekan lalu, katanya kepada wartawan."
    assert quotes(text, "Budi Santoso")[-1] == ("Harga beras sudah turun sejak pekan lalu", "Budi Santoso",
                                                "katanya")


@pytest.mark.parametrize("sentence", [
    # Okezone: "boleh dikatakan" ("one could say") had taken the sentence from its cue "Menurutnya"
    "Menurutnya, stok minyak goreng di Indonesia boleh dikatakan melimpah.",
])
def test_a_passive_cue_after_a_modal_is_an_idiom_not_a_report(sentence) -> None:
    text = "Menteri Perdagangan Muhammad Lutfi hadir di pasar.\n\n" + sentence
    assert quotes(text, "Muhammad Lutfi") == [
        ("stok minyak goreng di Indonesia boleh dikatakan melimpah", "Muhammad Lutfi", "Menurutnya")]



@pytest.mark.parametrize("sentence", [
    # Liputan6 (multi-2025): a declined answer, and the cue inside the question it declines
    "Juru bicara Gedung Putih Karoline Leavitt menolak menjawab apakah Trump akan meminta persetujuan Kongres "
    "untuk tindakan militer terhadap Iran.",
    "Kapolres Budi Santoso enggan menjelaskan apakah pelaku sudah ditangkap polisi.",
])
def test_a_refused_answer_and_the_question_it_refuses_are_no_statements(sentence) -> None:
    assert quotes(sentence, "Karoline Leavitt", "Budi Santoso") == []


@pytest.mark.parametrize(("sentence", "text", "speaker"), [
    # CNN Indonesia (multi-2025): the passive went to the soldier quoted before
    ("Advokat Jenderal Militer Israel, dalam laporan Haaretz, disebutkan telah memerintahkan penyelidikan "
     "mengenai kemungkinan kejahatan perang.",
     "Advokat Jenderal Militer Israel, dalam laporan Haaretz, disebutkan telah memerintahkan penyelidikan "
     "mengenai kemungkinan kejahatan perang", "Haaretz"),
    ("Sementara itu, dalam laporan Haaretz, disebutkan bahwa jaksa militer telah meminta penyelidikan.",
     "jaksa militer telah meminta penyelidikan", "Haaretz"),
    ("Dalam keterangan tertulis Kementerian Kesehatan, disebutkan bahwa kasus baru turun 20 persen.",
     "kasus baru turun 20 persen", "Kementerian Kesehatan"),
])
def test_a_report_named_in_commas_before_a_passive_cue_is_its_source(sentence, text, speaker) -> None:
    before = "Seorang prajurit mengatakan mereka diperintahkan menembak.\n\n"
    assert quotes(before + sentence)[-1] == (text, speaker, "disebutkan")


def test_the_common_misspelling_of_meyakini_is_a_cue() -> None:
    # Okezone: "Ridwan Kamil menyakini bahwa ..." opened the article and was missed
    text = ("JAKARTA - Ridwan Kamil menyakini bahwa Pj Gubernur Jawa Barat yang akan menggantikan dirinya dapat "
            "memimpin Jawa Barat tanpa kesulitan.")
    assert quotes(text, "Ridwan Kamil") == [
        ("Pj Gubernur Jawa Barat yang akan menggantikan dirinya dapat memimpin Jawa Barat tanpa kesulitan",
         "Ridwan Kamil", "menyakini")]


def test_a_statement_just_reported_as_the_subject_of_a_cue_is_its_speakers() -> None:
    # Tempo (multi-2025): "Pernyataan tersebut mengatakan bahwa ..." after the GHF spokesman's statement was missed
    text = ("Juru bicara GHF Chapin Fay mengatakan pihaknya tidak pernah melihat penembakan di lokasi distribusi.\n\n"
            "Pernyataan tersebut mengatakan bahwa tentara Israel bertugas menyediakan jalur aman bagi para pencari "
            "bantuan.")
    assert quotes(text, "Chapin Fay")[-1] == (
        "tentara Israel bertugas menyediakan jalur aman bagi para pencari bantuan", "Chapin Fay", "mengatakan")


def test_an_agreement_is_still_no_speaker() -> None:
    assert quotes("Kesepakatan itu menyatakan bahwa kedua negara akan berdamai tahun depan.") == []
