"""Speaker forms met in the misses of quotes_random_fresh43.json (session 34), each in a made-up article of the same
kind: a rank written out with its grades, a party's name between a role and a name, an account's post, and a related
article's link between a quotation and the paragraphs that say who speaks. The quotes found, as (first words,
speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes
from sitegen.roles import without_rank


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            '"Pelaku sudah kami tahan," ucap Kepala Unit Reskrim Polsek Tegalsari Inspektur Polisi Dua Sugeng Riyadi '
            "kepada wartawan.",
            [("Pelaku sudah", "Sugeng Riyadi")],
            id="a police rank written out with its grades ('Inspektur Polisi Dua') is no part of the name",
        ),
        pytest.param(
            '"Jembatan darurat selesai besok," kata Komandan Kompi Letnan Satu Andi Pratama di lokasi.',
            [("Jembatan darurat", "Andi Pratama")],
            id="an army rank with its grade ('Letnan Satu')",
        ),
        pytest.param(
            '"Korban sudah dievakuasi," kata Serda Yohanes Kia di lokasi.',
            [("Korban sudah", "Yohanes Kia")],
            id="a short rank ('Serda') is no part of the name",
        ),
        pytest.param(
            "Ketua Fraksi Partai Nusantara Budi Santoso menegaskan pihaknya menolak revisi itu.\n\n"
            '"Aturan ini masih layak dipertahankan," kata Santoso.\n\nSantoso menuturkan, Nusantara bakal melawan '
            "segala upaya pelemahan.\n\nMeski demikian, Fraksi Nusantara belum akan mengambil sikap.",
            [("Aturan ini", "Budi Santoso")],
            id="a party's name between a role and a name, the article's subject on its own elsewhere, "
            "and after 'Fraksi': no given name",
        ),
        pytest.param(
            "Foto sang pelatih menjadi olok-olok warganet.\n\nSementara pendukung Macan Kemayoran dengan akun "
            '@JakmaniaSejati membela sang pelatih.\n\n"Pelatih ini sudah bekerja keras untuk tim. Beri dia waktu!"',
            [("Pelatih ini", "@JakmaniaSejati")],
            id="an account's post after the sentence that says the account speaks ('dengan akun @… membela')",
        ),
        pytest.param(
            '"Kami kirim tiga nama," kata Sekretaris Fraksi Rudi Hartono di Gedung DPR.\n\n'
            "[Baca juga: Fraksi Lain Setor Empat Nama]\n\n"
            "Keputusan itu, kata Rudi, hasil rapat bersama. Ia mengakui awalnya PKN enggan.\n\n"
            "Namun, seiring berjalannya waktu, PKN menilai panitia akan tetap berjalan.\n\n"
            "[Baca juga: Panitia Tunggu Fraksi Lengkap]\n\n"
            '"Kalau kami tak kirim, tentu kami tak bisa banyak berbuat di sana,"\n\n'
            "Rudi menegaskan keputusan itu demi perbaikan.",
            [("Kami kirim", "Rudi Hartono"), ("Kalau kami", "Rudi Hartono")],
            id="a related article's link is no paragraph between a quotation and the one who spoke two paragraphs up",
        ),
    ],
)
def test_ranks_bodies_and_accounts(text, expected):
    assert found(text) == expected


def test_a_quote_shows_the_role_without_the_rank_that_goes_with_the_name():
    text = '"Jalan tol kami tutup," kata Kapolres Purwakarta AKBP Hanny Hidayat di lokasi.'
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Hanny Hidayat", "Kapolres Purwakarta")]


@pytest.mark.parametrize(
    "role, shown",
    [
        ("Kapolres Purwakarta AKBP", "Kapolres Purwakarta"),
        (
            "Kepala Unit Reserse Kriminal Polsek Sukolilo Inspektur Polisi Satu",
            "Kepala Unit Reserse Kriminal Polsek Sukolilo",
        ),
        ("Kabid Humas Polda Jawa Barat Komisaris Besar", "Kabid Humas Polda Jawa Barat"),
        ("Kapolda Bengkulu Brigjen Pol", "Kapolda Bengkulu"),
        ("Panglima TNI Jenderal", "Panglima TNI"),
        ("Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya", "Sekretaris Jenderal Kementerian Pertahanan"),
        ("Bupati H", "Bupati"),
        ("Kabid Humas Polda Metro Jaya Kombes Raden", "Kabid Humas Polda Metro Jaya"),
        ("Kombes", "Kombes"),  # a rank only: all the role there is
        ("Laksda TNI", "Laksda TNI"),
        ("Sekretaris Jenderal", "Sekretaris Jenderal"),  # an office, not a general's rank
        ("Direktur Jenderal Bina Marga", "Direktur Jenderal Bina Marga"),
        ("Wakil Kepala", "Wakil Kepala"),
        ("Guru Besar", "Guru Besar"),
        ("Menteri Luar Negeri AS", "Menteri Luar Negeri AS"),
    ],
)
def test_without_rank(role, shown):
    assert without_rank(role) == shown


@pytest.mark.parametrize(
    "text, role",
    [
        pytest.param(
            'Bakal calon gubernur DKI Budi Santoso menyapa warga.\n\n"Kami siap bekerja," kata Budi.',
            "Bakal calon gubernur DKI",
            id="the office in lower case before a place, not the place alone",
        ),
        pytest.param(
            'Laga itu penting bagi pebalap muda Indonesia, Rio Haryanto.\n\n"Saya siap," kata Rio.',
            "Pebalap muda Indonesia",
            id="the office before a country, then the name after a comma",
        ),
        pytest.param(
            'Legenda Arsenal itu bicara.\n\n"Dia pemain hebat," kata asisten pelatih Persib Herrie Setyawan.',
            "Asisten pelatih Persib",
            id="the office before a club",
        ),
        pytest.param(
            '"Kami siap," kata Budi Santoso dari Persib.',
            "",
            id="no office before the name: no role (bound)",
        ),
    ],
)
def test_a_body_alone_is_no_role_the_office_before_it_is(text, role):
    assert [q.role for q in extract_quotes(text)] == [role]
