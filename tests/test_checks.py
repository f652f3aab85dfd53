import pytest

from sitegen.checks import check_summary, check_translation, fit_length, sentences

ID_3 = (
    "Pemerintah kota mengundang warga membahas taman baru. Lebih dari 200 orang hadir. "
    "Wali kota berjanji mencatat semua usulan warga."
)
EN_3 = (
    "The city invited residents to discuss a new park. More than 200 people came. "
    "The mayor promised to note every proposal."
)


@pytest.mark.parametrize(
    "summary, lang, problem",
    [
        (ID_3, "id", None),
        (EN_3, "en", None),
        ("", "id", "the summary is empty"),
        (EN_3, "id", "it must be written in Indonesian, but it reads as English"),
        (ID_3, "en", "it must be written in English, but it reads as Indonesian"),
        (
            "The minister flew to Inggris on Monday. More than 200 people came to see him off.",
            "en",
            "it keeps Indonesian names: Inggris (write Britain, England or English)",
        ),
        (
            "Pemerintah kota mengundang warga untuk membahas taman yang baru.",
            "id",
            "it must have 2 to 4 sentences, not 1",
        ),
        (
            EN_3 + " I cannot provide a full summary due to the article's length.",
            "en",
            "it talks about the task ('I cannot') instead of stating the news",
        ),
        (
            "This summary reuses the article's information. The city invited residents to discuss a park.",
            "en",
            "it talks about the task ('This summary') instead of stating the news",
        ),
        (
            ID_3 + " Ringkasan ini disusun dari kalimat artikel.",
            "id",
            "it talks about the task ('Ringkasan ini') instead of stating the news",
        ),
        ('The minister spoke to reporters. "I cannot accept this summary of events," he said.', "en", None),
        ("Warga kota berkumpul di balai. “Saya tidak bisa datang besok,” kata Budi.", "id", None),
        (
            " ".join(
                ["Ini adalah kalimat yang sangat panjang dan tidak ada habisnya untuk warga."] * 2
                + ["Dan " + "kata " * 80 + "yang ada."]
            ),
            "id",
            "it must have at most 90 words, not 107",
        ),
    ],
)
def test_check_summary(summary, lang, problem):
    found = check_summary(summary, lang)
    assert (str(found) if found else None) == problem


ARTICLE = (
    "Menlu AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov di Jenewa pada Kamis (2/12). "
    "Ada 100.000 tentara Rusia di dekat perbatasan, dan konflik merenggut lebih dari 13.000 nyawa."
)


@pytest.mark.parametrize(
    "summary, lang, problem",
    [
        ("Blinken met Lavrov in Geneva on Thursday. Russia has 100,000 troops near the border.", "en", None),
        (
            "Blinken met Lavrov on April 2, 2023. Russia has 100,000 troops near the border.",
            "en",
            "it states numbers the article does not contain: 2023",
        ),
        (
            "Blinken met Lavrov in Stockholm. Russia has 100,000 troops near the border.",
            "en",
            "it names what the article does not: Stockholm",
        ),
        (
            "Blinken bertemu Lavrov di Jenewa. Rusia punya 200.000 tentara di perbatasan.",
            "id",
            "it states numbers the article does not contain: 200.000",
        ),
        ("Blinken bertemu Lavrov di Stockholm. Rusia punya 100.000 tentara di perbatasan.", "id", None),
    ],
)
def test_numbers_and_names_must_come_from_the_article(summary, lang, problem):
    found = check_summary(summary, lang, ARTICLE)
    assert (str(found) if found else None) == problem


def test_problems_are_ranked_worst_first():
    wrong_language = check_summary("The park was discussed. People came.", "id")
    self_talk = check_summary("Ringkasan ini membahas taman. Warga kota datang.", "id")
    wrong_number = check_summary("Blinken met Lavrov in Geneva. Russia has 900 troops.", "en", ARTICLE)
    too_short = check_summary("Taman baru dibahas oleh warga kota.", "id")
    found = [wrong_language, self_talk, wrong_number, too_short]
    problems = [p for p in found if p is not None]
    assert len(problems) == 4
    assert [p.rank for p in problems] == sorted(p.rank for p in problems)
    assert [p.code for p in problems] == [
        "wrong_language",
        "task_talk",
        "unsupported_number",
        "sentence_count",
    ]


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
        ("We are ready for dialogue.", "Kami siap berdialog.", None),
        pytest.param(
            "We are ready to talk.",
            "Kami siap berdialog.",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a paraphrase outside the dictionary's senses ('dialogue') is flagged as unrendered: the price"
                " of that check (3 of 62 right translations of the labelled set flagged)",
            ),
        ),
        ("", "Kami siap.", "quotation [2] has no English translation"),
        ("Kami siap berdialog.", "Kami siap berdialog.", "quotation [2] must be translated into English, not copied"),
        (
            "Kami akan memastikan bahwa kami didengar.",
            "Kami pastikan.",
            "quotation [2] must be translated into English, not copied",
        ),
    ],
)
def test_check_translation(english, original, problem):
    found = check_translation(english, original, 2)
    assert (str(found) if found else None) == problem
