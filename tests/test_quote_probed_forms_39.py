"""Speaker and role forms from made-up articles written in session 39 to probe the rules beyond the annotated sets:
the sentence after a quotation that names who said it ('Demikian disampaikan …', 'Kalimat itu diucapkan …'); a
club's two words between a role and a name ('Manchester United', 'Inter Milan'); an army corps after a rank
('Kolonel Inf'); the source an attribution quotes ('seperti dikutip dari …'); 'Gedung Putih' before a name; a role
that goes on in lower case ('Kapten tim'); who someone is, then their name ('Pengelola SPBU, Hendra,'); an age in
brackets; a broker's name ('Monex Investindo Futures'); a nickname in brackets or after 'atau' ('(Cak Imin)', '(UAS)');
a nickname given before the name it is for ('Gigi, sapaan akrab Nagita'); an office and its unit's number ('Danrem
061/Suryakancana'); an office in lower case before a name ('aktris Mira Sorvino'); a name of four words.
The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Jakarta - Polisi menangkap dua pelaku.\n\n"Kedua pelaku kami tangkap saat hendak menjual motor curian," '
            "ujarnya.\n\nDemikian disampaikan Kapolres Metro Bekasi Kombes Indarto kepada wartawan, Senin (4/3).",
            [("Kedua pelaku", "Indarto")],
            id="'Demikian disampaikan' after 'ujarnya' names who said it",
        ),
        pytest.param(
            'Jakarta - Polisi menangkap dua pelaku.\n\n"Kedua pelaku kami tangkap saat hendak menjual motor curian."'
            "\n\nDemikian kata Kapolres Metro Bekasi Kombes Indarto kepada wartawan.",
            [("Kedua pelaku", "Indarto")],
            id="'Demikian kata' after a quotation paragraph with no attribution",
        ),
        pytest.param(
            'Jakarta - "Saya tidak pernah menerima uang sepeser pun dari proyek itu."\n\nKalimat itu diucapkan mantan '
            "Ketua DPR Setya Novanto di hadapan majelis hakim.",
            [("Saya tidak", "Setya Novanto")],
            id="'Kalimat itu diucapkan' after a quotation that opens the article; 'mantan' before the role",
        ),
        pytest.param(
            'Jakarta - Bupati Bogor Ade Yasin meninjau banjir.\n\n"Kami akan bangun tanggul," katanya.\n\n'
            "Hal senada disampaikan Camat Cibinong, Bambang Tawekal.",
            [("Kami akan", "Ade Yasin")],
            id="bound: 'Hal senada' is someone else saying the same",
        ),
        pytest.param(
            "Gelandang Manchester United Paul Pogba kecewa. "
            '"Kami seharusnya menang. Kami punya banyak peluang," ujar gelandang asal Prancis tersebut seperti dikutip '
            "dari Sky Sports.",
            [("Kami seharusnya", "Paul Pogba")],
            id="a club's two words before a name; the source the attribution quotes",
        ),
        pytest.param(
            'Pelatih Inter Milan Luciano Spalletti kesal. "Kami kehilangan fokus di babak kedua," kata Spalletti.',
            [("Kami kehilangan", "Luciano Spalletti")],
            id="the word after 'Inter' is the club's before a full name",
        ),
        pytest.param(
            'Bek Inter Milan Milan Skriniar mencetak gol. "Saya senang bisa membantu tim," kata Skriniar.',
            [("Saya senang", "Milan Skriniar")],
            id="bound: 'Milan' stays a given name after the club's",
        ),
        pytest.param(
            'Ketua umum Persipura Benhur Tommy Mano membenarkan. "Benar, memang ada pertemuan," kata Benhur.',
            [("Benar, memang", "Benhur Tommy Mano")],
            id="bound: a three-word name after a club",
        ),
        pytest.param(
            "Kapendam Jaya Kolonel Inf Kristomei Sianturi memastikan prajurit itu diproses. "
            '"Tidak ada toleransi bagi prajurit yang melanggar hukum," tegas Kristomei.',
            [("Tidak ada", "Kristomei Sianturi")],
            id="an army corps after a rank is no part of the name",
        ),
        pytest.param(
            'Juru bicara Gedung Putih Sarah Sanders membela Trump. "Presiden berhak mengkritik media," ujar Sanders.',
            [("Presiden berhak", "Sarah Sanders")],
            id="'Gedung' opens a body's name before a full name",
        ),
        pytest.param(
            'Pelatih Indra Sjafri bersyukur. "Ini hadiah," kata Indra.\n\nKapten tim Andy Setyo juga menahan haru. '
            '"Kami berjuang sampai titik darah penghabisan," ucapnya.',
            [("Ini hadiah", "Indra Sjafri"), ("Kami berjuang", "Andy Setyo")],
            id="a paragraph opening on a role that goes on in lower case, then a name",
        ),
        pytest.param(
            '"Sudah satu jam saya antre," keluh Joko, seorang pengemudi ojek online.\n\nPengelola SPBU, Hendra, '
            'mengatakan pasokan terlambat datang. "Truk tangki baru sampai siang tadi," ujarnya.',
            [("Sudah satu", "Joko"), ("Truk tangki", "Hendra")],
            id="who someone is, then their name in apposition",
        ),
        pytest.param(
            "Warga Kampung Pulo trauma.\n\nSiti (45), salah seorang warga, mengatakan air mulai naik. "
            '"Saya cuma sempat menyelamatkan surat-surat penting," katanya.',
            [("Saya cuma", "Siti")],
            id="an age in brackets between a name and who they are",
        ),
        pytest.param(
            "Analis Monex Investindo Futures Faisyal mengatakan harga emas naik. "
            '"Pelaku pasar memburu aset aman," kata Faisyal.',
            [("Pelaku pasar", "Faisyal")],
            id="a broker's words before a one-word name",
        ),
        pytest.param(
            'Ustaz Abdul Somad (UAS) menanggapi santai. "Tak apa, masih banyak tempat lain," ujar UAS.',
            [("Tak apa,", "Abdul Somad")],
            id="initials in brackets, an honorific's among them, are a person's",
        ),
        pytest.param(
            'Ketua Umum PKB Muhaimin Iskandar (Cak Imin) hadir. "Saya siap maju," kata Cak Imin.',
            [("Saya siap", "Muhaimin Iskandar")],
            id="a nickname with an honorific in brackets",
        ),
        pytest.param(
            'Muhaimin Iskandar atau Cak Imin hadir. "Saya siap maju," kata Cak Imin.',
            [("Saya siap", "Muhaimin Iskandar")],
            id="a nickname with an honorific after 'atau'",
        ),
        pytest.param(
            "Raffi Ahmad dan Nagita Slavina berbahagia. Suami Gigi, sapaan akrab Nagita, itu mengunggah foto.\n\n"
            '"Alhamdulillah semuanya normal, bayi dan aku sehat," kata Gigi.',
            [("Alhamdulillah semuanya", "Nagita Slavina")],
            id="a nickname given before the name, after a word for kin",
        ),
        pytest.param(
            "Rektor Unhas Dwia Aries Tina Pulubuhu menanggapi tuntutan mahasiswa. "
            '"Kami akan duduk bersama," kata Dwia.',
            [("Kami akan", "Dwia Aries Tina Pulubuhu")],
            id="a name of four words after a body, whose first word the article uses alone",
        ),
        pytest.param(
            "Mantan striker Manchester United, Andrew Cole, dioperasi.\n\n"
            '"Selama masa penyembuhan, Andrew tidak akan menjalani perannya," tulis pernyataan resmi Man United.',
            [("Selama masa", "Manchester United")],
            id="bound: a club's short form is its full name, though 'United' is a club's word",
        ),
    ],
)
def test_probed_speakers_39(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            "Danrem 061/Suryakancana Kolonel Kav Novi Helmy Prasetya meninjau lokasi. "
            '"Kami kerahkan 300 prajurit," kata Novi.',
            "Novi Helmy Prasetya",
            "Danrem 061/Suryakancana",
            id="an office and its unit's number before the unit's name",
        ),
        pytest.param(
            'Komandan Kodim 0501 Letkol Czi Ucu Yustiana memimpin apel. "Semua prajurit siaga," kata Ucu.',
            "Ucu Yustiana",
            "Komandan Kodim 0501",
            id="an office and its unit's number before a rank",
        ),
        pytest.param(
            'Pemimpin Partai Buruh Jeremy Corbyn mengkritik pemerintah. "Pemerintah ini sudah gagal," kata Corbyn.',
            "Jeremy Corbyn",
            "Pemimpin Partai Buruh",
            id="'Pemimpin' is an office",
        ),
        pytest.param(
            "Sementara pelatih Persija Jakarta Ivan Kolev mengakui timnya kalah. "
            '"Kami kalah dalam segala hal," ucap pelatih asal Bulgaria itu.',
            "Ivan Kolev",
            "Pelatih Persija Jakarta",
            id="a description names someone with the role the article gives them",
        ),
        pytest.param(
            'Dia bertemu aktris Mira Sorvino. "Saya senang sekali," kata Mira Sorvino.',
            "Mira Sorvino",
            "Aktris",
            id="an office in lower case right before a name",
        ),
        pytest.param(
            'Pelatih Indra Sjafri puas.\n\nKapten tim Andy Setyo menahan haru. "Kami berjuang sampai akhir," ucapnya.',
            "Andy Setyo",
            "Kapten tim",
            id="an office that goes on in lower case",
        ),
        pytest.param(
            "Meski demikian, pengacara Nelly, Scott Rosenblum, membantah. Nelly kemudian mencuit. "
            '"Saya tidak bersalah," tulis Nelly.',
            "Nelly",
            "",
            id="bound: 'pengacara Nelly' is Nelly's lawyer, not Nelly's office",
        ),
    ],
)
def test_probed_roles_39(text, speaker, role):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [(speaker, role)]
