"""Speaker and role forms from made-up articles written in session 36 to probe the rules beyond the annotated sets:
a demonstrative after the name that points to a place or a meeting, not back to someone; 'Menurutnya' before a
quotation; two offices joined by 'dan'; a minister's portfolio before someone known by one name; someone named once,
described before their name; a description pointing back to someone the article names doing something other than
speaking; 'demikian disampaikan …' after a quotation; the word after 'Bank' or 'Partai' between a role and a full
name; 'Ia' before a quotation; someone new acting after the one a paragraph opens on; an honorific before one name;
a body named whole before a quotation. The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes
from sitegen.roles import fullest_role

_FLOOD = '"Dalam satu jam air sudah sepinggang," ujarnya.'


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            '"Pemerintah sudah siap," kata anggota DPR Fadli Zon dalam rapat itu.',
            [("Pemerintah sudah", "Fadli Zon")],
            id="'itu' after the name points to the meeting, not back to someone named before",
        ),
        pytest.param(
            '"Apakah pemerintah sudah siap?" tanya anggota Komisi I DPR Fadli Zon dalam rapat itu.',
            [("Apakah pemerintah", "Fadli Zon")],
            id="a question, the same",
        ),
        pytest.param(
            'Budi Santoso hadir di sana. "Pemerintah sudah siap," kata pria yang bekerja di pasar itu.',
            [("Pemerintah sudah", "Budi Santoso")],
            id="bound: a description with no name that points back is still the one named before",
        ),
        pytest.param(
            'Pengamat ekonomi Faisal Basri berpendapat lain. Menurutnya, "Pertumbuhan lima persen terlalu rendah."',
            [("Pertumbuhan lima", "Faisal Basri")],
            id="'Menurutnya,' before the quotation: the one named before",
        ),
        pytest.param(
            'Menurut Menko Polhukam Wiranto, situasi aman. "Tidak ada yang perlu dikhawatirkan," ucapnya.',
            [("Tidak ada", "Wiranto")],
            id="'Menurut' a minister known by one name, after the portfolio: he speaks",
        ),
        pytest.param(
            f"Warga Jalan Kenanga, Rina (34), mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Rina")],
            id="who she is, then one name and an age",
        ),
        pytest.param(
            f"Rina (34), warga Jalan Kenanga, mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Rina")],
            id="one name and an age, then who she is",
        ),
        pytest.param(
            f"Pada Senin pagi, seorang warga Jalan Kenanga, Budi, mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Budi")],
            id="'seorang warga' of a street, then one name, after a clause of time",
        ),
        pytest.param(
            'Juara dunia MotoGP Marc Marquez tampil dominan. "Motor bekerja sempurna," kata pebalap Repsol Honda itu.',
            [("Motor bekerja", "Marc Marquez")],
            id="a role pointing back to someone named doing something other than speaking",
        ),
        pytest.param(
            '"Kami menyiapkan 500 personel," demikian disampaikan Kapolres Bekasi Kombes Candra Sukma Kumara.',
            [("Kami menyiapkan", "Candra Sukma Kumara")],
            id="'demikian disampaikan' and the agent",
        ),
        pytest.param(
            'Kapolres Bekasi Kombes Candra Sukma Kumara datang. "Kami menyiapkan 500 personel," demikian diungkapkan '
            "oleh Candra.",
            [("Kami menyiapkan", "Candra Sukma Kumara")],
            id="the agent after 'oleh' is a name used alone for someone: not a body's word before the full name",
        ),
        pytest.param(
            'Direktur Utama Bank Mandiri Kartika Wirjoatmodjo optimistis. "Kredit tumbuh 12 persen," katanya.',
            [("Kredit tumbuh", "Kartika Wirjoatmodjo")],
            id="the bank's name is not the first word of the person's, who is the subject of an adjective",
        ),
        pytest.param(
            'Ketua Umum Partai Gerindra Prabowo Subianto berpidato. "Kita harus menang," seru Prabowo.',
            [("Kita harus", "Prabowo Subianto")],
            id="the party's name is not the first word of the person's",
        ),
        pytest.param(
            'Sekretaris Kabinet Pramono Anung menuturkan hal itu. "Presiden meminta kasus ini diusut," tutur Pramono.',
            [("Presiden meminta", "Pramono Anung")],
            id="'Kabinet' is an office's, not a name",
        ),
        pytest.param(
            'Mantan Presiden Susilo Bambang Yudhoyono angkat bicara. Ia berkata: "Saya tidak pernah memerintahkan itu."',
            [("Saya tidak", "Susilo Bambang Yudhoyono")],
            id="'Ia berkata:' is a person: the last named, where no subject speaks before",
        ),
        pytest.param(
            '"Dia selalu diangkat ke panggung," kata seorang saksi mata.\n\nSetiap kali Carey berdiri, katanya lagi, '
            '"Semua orang menahan napas."',
            [("Dia selalu", ""), ("Semua orang", "")],
            id="bound: 'katanya lagi' goes on with the one who spoke, unnamed, not the person named in the clause",
        ),
        pytest.param(
            "Lionel Messi mencetak dua gol. Usai laga, pelatih Barcelona Ernesto Valverde memuji anak asuhnya. "
            '"Messi luar biasa malam ini," katanya.',
            [("Messi luar", "Ernesto Valverde")],
            id="someone named in full for the first time, acting after the one the paragraph opens on",
        ),
        pytest.param(
            'Ketua Umum PBNU KH Said Aqil Siradj mengimbau warga tenang. "Jangan mudah terprovokasi," ujar Kiai Said.',
            [("Jangan mudah", "Said Aqil Siradj")],
            id="an honorific and one name: the full name the article gives",
        ),
        pytest.param(
            'Ibu Negara Iriana Joko Widodo mengunjungi pasar. "Harga di sini murah," kata Iriana.',
            [("Harga di", "Iriana Joko Widodo")],
            id="'Negara' in 'Ibu Negara' is no name",
        ),
        pytest.param(
            'Dalam pernyataannya, Kementerian Luar Negeri menyatakan, "Indonesia mengecam keras serangan itu."',
            [("Indonesia mengecam", "Kementerian Luar Negeri")],
            id="a ministry, named whole before the quotation",
        ),
        pytest.param(
            'Polda Metro Jaya menyatakan, "Pelaku sudah ditangkap."',
            [("Pelaku sudah", "Polda Metro Jaya")],
            id="a police force, named whole before the quotation",
        ),
        pytest.param(
            '"I\'m very happy to be here," kata penyanyi asal Inggris Ed Sheeran dalam konferensi pers.',
            [("I'm very", "Ed Sheeran")],
            id="a description that ends on a full name is that person's, not someone named before",
        ),
        pytest.param(
            'Bupati Purwakarta Dedi Mulyadi menanggapi kritik itu. "Silakan saja mengkritik," kata Kang Dedi.',
            [("Silakan saja", "Dedi Mulyadi")],
            id="'Kang', a Sundanese honorific",
        ),
        pytest.param(
            '"Kami tidak akan mundur dari tuntutan ini" — Budi Santoso, Ketua Serikat Buruh.',
            [("Kami tidak", "Budi Santoso")],
            id="a quotation signed with a dash and a name",
        ),
        pytest.param(
            'Film "Ada Apa Dengan Cinta" – Rangga.\n\nFilm "Ada Apa Dengan Cinta" – Rangga kembali ke Jakarta.',
            [],
            id="bound: a title, then a dash and a name or a sentence, is no quotation",
        ),
        pytest.param(
            "Kapten Persija Bambang Pamungkas gembira. Bepe, sapaan akrabnya, menyebut kemenangan ini untuk suporter."
            '\n\n"Ini hadiah untuk suporter," ungkap Bepe.',
            [("Ini hadiah", "Bambang Pamungkas")],
            id="'Bepe, sapaan akrabnya,': a nickname for the one named before",
        ),
    ],
)
def test_probed_speakers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            '"Kami terus memantau," kata Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho.',
            "Sutopo Purwo Nugroho",
            "Kepala Pusat Data Informasi dan Humas BNPB",
            id="two offices joined by 'dan', the first a body's name",
        ),
        pytest.param(
            'Menko Polhukam Wiranto mengatakan situasi aman. "Tidak ada yang perlu dikhawatirkan," ucapnya.',
            "Wiranto",
            "Menko Polhukam",
            id="a portfolio before one name",
        ),
        pytest.param(
            'Bos Persib Glenn Sugita hadir. "Kami ingin juara musim ini," katanya.',
            "Glenn Sugita",
            "Bos Persib",
            id="'bos' is a role",
        ),
        pytest.param(
            "Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Kota Surabaya Erna Purnawati meninjau lokasi. "
            '"Ada enam pompa yang kami operasikan," jelas Erna.',
            "Erna Purnawati",
            "Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Kota Surabaya",
            id="after a body, words no one is called by go on past 'dan' as the office's",
        ),
        pytest.param(
            'Kepala Dinas Kesehatan Budi Santoso dan Rina Wijaya hadir. "Kami siap," kata Budi.',
            "Budi Santoso",
            "Kepala Dinas Kesehatan",
            id="bound: not a name the article uses alone for someone",
        ),
    ],
)
def test_probed_roles(text, speaker, role):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    "role, roles, fullest",
    [
        ("CEO Wavecell", ["Co-Founder dan CEO Wavecell"], "Co-Founder dan CEO Wavecell"),
        ("Humas BNPB", ["Kepala Pusat Data Informasi dan Humas BNPB"], "Kepala Pusat Data Informasi dan Humas BNPB"),
        ("CEO Wavecell", ["Investor CEO Wavecell"], "CEO Wavecell"),  # a word before that is no office's, no 'dan'
    ],
)
def test_fullest_role_joined_by_dan(role, roles, fullest):
    assert fullest_role(role, roles) == fullest
