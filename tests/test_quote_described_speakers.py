"""Speaker forms from made-up articles written in session 35 to probe the rules beyond the annotated sets: someone
named by one name and described ('Rina, warga Bekasi,'), a description that points back before the quotation, the
agent of a passive verb after a role in lower case, a statement introduced by 'demikian', a passive verb opening a
sentence, a body the article also writes by its initials, and a name right after the verb before a description of
whose kin or lawyer they are. And the role before someone's name and a second name in apposition ('Juru bicara
Presiden Joko Widodo, Johan Budi,') is the second person's. The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.initials import body_by_initials
from sitegen.quotes import extract_quotes
from sitegen.roles import agent_of, fullest_role, office_right_before
from sitegen.word_forms import is_passive_verb

_PRICES = '"Harga cabai naik terus," katanya.'


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            f"Rina, warga Bekasi, mengatakan harga naik. {_PRICES}",
            [("Harga cabai", "Rina")],
            id="one name, then who she is",
        ),
        pytest.param(
            f"Rina, seorang ibu rumah tangga, mengeluhkan harga. {_PRICES}",
            [("Harga cabai", "Rina")],
            id="one name, then 'seorang …': not someone unnamed",
        ),
        pytest.param(
            f"Rina (45) mengatakan harga naik. {_PRICES}", [("Harga cabai", "Rina")], id="one name and an age"
        ),
        pytest.param(
            f"Rina, 45 tahun, mengatakan harga naik. {_PRICES}",
            [("Harga cabai", "Rina")],
            id="one name and an age in years",
        ),
        pytest.param(
            f"Salah satu warga, Rina, mengatakan harga naik. {_PRICES}",
            [("Harga cabai", "Rina")],
            id="who she is, then one name",
        ),
        pytest.param(
            f"Di pasar itu, seorang pedagang mengeluhkan harga. {_PRICES}",
            [("Harga cabai", "")],
            id="someone unnamed stays unnamed (bound)",
        ),
        pytest.param(
            'Pelatih timnas, Luis Milla, memuji para pemain.\n\nPelatih asal Spanyol itu mengatakan, "Mereka bermain '
            'dengan hati."',
            [("Mereka bermain", "Luis Milla")],
            id="a description pointing back opens the sentence before the quotation",
        ),
        pytest.param(
            'Luis Milla memuji para pemain. Menurut pria asal Spanyol itu, "Mereka bermain dengan hati."',
            [("Mereka bermain", "Luis Milla")],
            id="'Menurut' and a description pointing back",
        ),
        pytest.param(
            'Luis Milla memuji para pemain. Hal itu mengatakan, "Mereka bermain dengan hati."',
            [("Mereka bermain", "")],
            id="a description of no person points to no one (bound)",
        ),
        pytest.param(
            'Hal senada disampaikan anggota Komisi III DPR Arsul Sani. "Revisi undang-undang ini mendesak," ucapnya.',
            [("Revisi undang-undang", "Arsul Sani")],
            id="the agent of a passive verb, after a role in lower case",
        ),
        pytest.param(
            'Hal itu diungkapkan pengamat politik dari UI, Arbi Sanit. "Koalisi ini rapuh," ucapnya.',
            [("Koalisi ini", "Arbi Sanit")],
            id="the agent after a role in lower case and a comma",
        ),
        pytest.param(
            'Hal itu disampaikan kepada Presiden Joko Widodo. "Koalisi ini rapuh," ucapnya.',
            [("Koalisi ini", "")],
            id="the one spoken to is not the agent (bound)",
        ),
        pytest.param(
            'Polisi masih menyelidiki kasus itu. "Kami masih mengumpulkan bukti," demikian keterangan tertulis Polda '
            "Metro Jaya.",
            [("Kami masih", "Polda Metro Jaya")],
            id="'demikian keterangan tertulis' and the body, named whole",
        ),
        pytest.param(
            'Persija Jakarta mengecam wasit. "Kami dirugikan wasit," demikian pernyataan resmi Persija.',
            [("Kami dirugikan", "Persija")],
            id="'demikian pernyataan resmi' and the body",
        ),
        pytest.param(
            'Cuti bersama ditambah. "Dalam rangka efisiensi hari kerja," demikian keterangan Kemenpan - RB.',
            [("Dalam rangka", "Kemenpan - RB")],
            id="a ministry's hyphenated name after a statement",
        ),
        pytest.param(
            "Kepala Badan Pusat Statistik Suhariyanto mengatakan inflasi rendah.\n\n"
            '"Inflasi terkendali," kata Suhariyanto di kantor BPS.',
            [("Inflasi terkendali", "Suhariyanto")],
            id="a body the article also writes by its initials ends before the name",
        ),
        pytest.param(
            'Ketua Komisi Pemberantasan Korupsi Agus Rahardjo mengatakan KPK memanggil saksi. "Kami panggil pekan '
            'depan," kata Agus.',
            [("Kami panggil", "Agus Rahardjo")],
            id="a body by its initials, then a name of two words",
        ),
        pytest.param(
            'Ia hadir di persidangan. "Suami saya sakit," kata Deisti, istri Setya Novanto.',
            [("Suami saya", "Deisti")],
            id="the one name right after the verb, then whose wife she is: not the husband named in full",
        ),
        pytest.param(
            '"Kami berharap pemerintah turun tangan," kata Fredrich Yunadi, kuasa hukum Setya Novanto.',
            [("Kami berharap", "Fredrich Yunadi")],
            id="a full name right after the verb, then whose lawyer he is",
        ),
        pytest.param(
            '"Kami berharap pemerintah turun tangan," ujar warga bernama Ahmad itu.',
            [("Kami berharap", "Ahmad")],
            id="'warga bernama Ahmad itu': the name the description gives",
        ),
        pytest.param(
            'Dihubungi terpisah, Bhima Yudhistira berpendapat lain. "Harusnya dikaji dulu," ucap dia.',
            [("Harusnya dikaji", "Bhima Yudhistira")],
            id="a passive verb opening the sentence is no name",
        ),
    ],
)
def test_described_speakers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "word, passive",
    [
        ("Dihubungi", True),
        ("Ditemui", True),
        ("Dikonfirmasi", True),
        ("Dilansir", True),
        ("Dimas", False),
        ("Diana", False),
        ("Diego", False),
        ("Dian", False),
        ("Didik", False),
        ("Diponegoro", False),
    ],
)
def test_is_passive_verb(word, passive):
    assert is_passive_verb(word) is passive


@pytest.mark.parametrize(
    "text, office",
    [
        ("kata anggota Komisi", "Anggota"),
        ("kata mantan Menteri", "Mantan"),
        ("Juru bicara Kementerian", "Juru bicara"),
        ("bertemu pengacara untuk membela Imam", ""),  # an office some words back is not right before
        ("kata Budi", ""),
    ],
)
def test_office_right_before(text, office):
    assert office_right_before(text, text.rindex(" ") + 1) == office


@pytest.mark.parametrize(
    "role, roles, fullest",
    [
        ("Menteri Kesehatan", ["Menteri Kesehatan", "Mantan Menteri Kesehatan"], "Mantan Menteri Kesehatan"),
        ("Komisi III DPR", ["Anggota Komisi III DPR"], "Anggota Komisi III DPR"),
        ("Ketua DPR", ["Partai Golkar Ketua DPR"], "Ketua DPR"),  # words before that are no office's
        ("", ["Mantan Menteri"], ""),
    ],
)
def test_fullest_role(role, roles, fullest):
    assert fullest_role(role, roles) == fullest


def test_a_quote_shows_the_office_written_before_its_role():
    text = '"Kami tidak bersalah," kata mantan Menteri Kesehatan Siti Fadilah Supari.'
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Siti Fadilah Supari", "Mantan Menteri Kesehatan")]


@pytest.mark.parametrize(
    "run, initials, end",
    [
        ("Kepala Badan Pusat Statistik Suhariyanto", {"BPS"}, 4),
        ("Ketua Komisi Pemberantasan Korupsi Agus Rahardjo", {"KPK", "SN"}, 4),
        ("Kepala Badan Pusat Statistik Suhariyanto", {"KPK"}, 0),  # initials the article does not write
        ("Kepala Badan Pusat Statistik", {"BPS"}, 4),  # the body runs to the end: no name in it ('Komisi … memeriksa')
        ("Direktur Bank Indonesia Budi Hartono", {"BI"}, 3),
    ],
)
def test_body_by_initials(run, initials, end):
    assert body_by_initials(run.split(), initials) == end


@pytest.mark.parametrize(
    "text, roles",
    [
        pytest.param(
            'Juru bicara Presiden Joko Widodo, Johan Budi, mengatakan presiden sibuk. "Presiden sedang rapat," kata '
            'Johan.\n\nJokowi kemudian menemui wartawan. "Saya baru selesai rapat," kata Joko Widodo.',
            [("Johan Budi", "Juru bicara Presiden Joko Widodo"), ("Joko Widodo", "")],
            id="a spokesperson's role, before the one they speak for and their name: theirs, not the president's",
        ),
        pytest.param(
            'Pengacara Setya Novanto, Fredrich Yunadi, mengatakan kliennya sakit. "Klien kami masih dirawat," ujar '
            'Fredrich.\n\nSetya Novanto sendiri mengaku siap. "Saya siap hadir," kata Setya.',
            [("Fredrich Yunadi", "Pengacara Setya Novanto"), ("Setya Novanto", "")],
            id="a lawyer's role is not the client's",
        ),
        pytest.param(
            'Menteri Luar Negeri Retno Marsudi, Senin, mengatakan Indonesia prihatin. "Kami prihatin," kata Retno.',
            [("Retno Marsudi", "Menteri Luar Negeri")],
            id="a role of one's own, then a day in apposition (bound)",
        ),
    ],
)
def test_an_agents_role_is_theirs(text, roles):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == roles


@pytest.mark.parametrize(
    "role, name, after, agent",
    [
        ("Juru bicara Presiden", "Joko Widodo", ", Johan Budi, mengatakan", "Juru bicara Presiden Joko Widodo"),
        ("Istri", "Setya Novanto", ", Deisti Astriani Tagor, hadir", "Istri Setya Novanto"),
        ("Menteri Luar Negeri", "Retno Marsudi", ", Senin, mengatakan", ""),  # no agent's word
        ("Pengacara", "Fredrich", ", Budi, mengatakan", ""),  # one word: no one's full name
        ("Pengacara", "Setya Novanto", " mengatakan", ""),  # no name in apposition
        ("Manajer", "Umuh Muchtar", ", Kapten Supardi, dan pelatih", ""),  # a list of people, not an apposition
    ],
)
def test_agent_of(role, name, after, agent):
    assert agent_of(role, name, after, 0) == agent
