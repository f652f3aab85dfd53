import pytest

from sitegen.checks import check_summary, check_translation, fit_length, sentences

ID_3 = ("Pemerintah kota mengundang warga membahas taman baru. Lebih dari 200 orang hadir. "
        "Wali kota berjanji mencatat semua usulan warga.")
EN_3 = ("The city invited residents to discuss a new park. More than 200 people came. "
        "The mayor promised to note every proposal.")


@pytest.mark.parametrize(
    "summary, lang, problem",
    [
        (ID_3, "id", None),
        (EN_3, "en", None),
        ("", "id", "the summary is empty"),
        (EN_3, "id", "it must be written in Indonesian, but it reads as English"),
        (ID_3, "en", "it must be written in English, but it reads as Indonesian"),
        ("Pemerintah kota mengundang warga untuk membahas taman yang baru.", "id",
         "it must have 2 to 4 sentences, not 1"),
        (" ".join(["Ini adalah kalimat yang sangat panjang dan tidak ada habisnya untuk warga."] * 2
                  + ["Dan " + "kata " * 80 + "yang ada."]), "id", "it must have at most 90 words, not 107"),
    ],
)
def test_check_summary(summary, lang, problem):
    assert check_summary(summary, lang) == problem


@pytest.mark.parametrize(
    "text, count",
    [
        ("Satu. Dua. Tiga.", 3),
        ("Harga naik 1.5 persen. Itu kata Dr. Budi dan H. Ahmad.", 2),
        ("Dia berkata, “Kami siap.” Lalu pergi.", 2),
        ("Tanpa titik", 1),
    ],
)
def test_sentences(text, count):
    assert len(sentences(text)) == count


def test_fit_length_keeps_the_first_four_sentences():
    long = " ".join(f"Kalimat nomor {n} ada di sini." for n in range(1, 8))
    assert sentences(fit_length(long)) == sentences(long)[:4]


def test_fit_length_leaves_a_single_sentence_for_the_check():
    assert fit_length("Hanya satu kalimat.") == "Hanya satu kalimat."


@pytest.mark.parametrize(
    "english, original, problem",
    [
        ("We are ready to talk.", "Kami siap berdialog.", None),
        ("", "Kami siap.", "a quotation has no English translation"),
        ("Kami siap berdialog.", "Kami siap berdialog.", "each quotation must be translated into English, not copied"),
        ("Kami akan memastikan bahwa kami didengar.", "Kami pastikan.", "each quotation must be translated into English, not copied"),
    ],
)
def test_check_translation(english, original, problem):
    assert check_translation(english, original) == problem
