"""Speaker forms met in quotes_random_fresh13.json (session 23), each in a made-up article of the same kind,
with the dev articles' counter-examples that bound them: the quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Perusahaan kios digital, K Pay, meluncurkan program kemitraan. K Pay menyasar pelaku UMKM.\n\n"
            '"Kami ingin UMKM tumbuh bersama kami," ujar Direktur Utama K Pay Budi Hartanto, Selasa.',
            [("Kami ingin", "Budi Hartanto")],
            id="a body the article names on its own elsewhere is not the start of the name after it",
        ),
        pytest.param(
            "Robot itu dirancang oleh tim Honda Racing Division.\n\n"
            '"Mesin ini lebih ringan dari yang lama," tutur GM Racing Division Takeshi Yamada.',
            [("Mesin ini", "Takeshi Yamada")],
            id="nor is a body whose name ends another name elsewhere",
        ),
        pytest.param(
            '"Kami melayani pasangan muda," terang Pendiri Nikahku Rudi Bangun Saputra kepada wartawan.\n\n'
            '"Semua vendor kami sudah terdaftar dan terverifikasi."\n\nRudi mengklaim vendornya terus bertambah.',
            [("Kami melayani", "Rudi Bangun Saputra"), ("Semua vendor", "Rudi Bangun Saputra")],
            id="a first name the article uses alone, after a quotation paragraph, stays part of the name",
        ),
        pytest.param(
            "Kapolsek Beji Kompol Agus Salim mengatakan korban sudah ditemukan.\n\n"
            '"Korban dalam keadaan sehat," ujarnya.\n\n'
            "Sementara itu, Humas UI Dewi Lestari menambahkan korban dijemput keluarga.\n\n"
            'Rina berhasil ditemukan Sabtu lalu. "Kondisinya baik dan sehat," tuturnya.',
            [("Korban dalam", "Agus Salim"), ("Kondisinya baik", "Dewi Lestari")],
            id="someone something is done to ('Rina berhasil ditemukan') is not who 'tuturnya' means",
        ),
        pytest.param(
            "Kapten Persipura Boaz Solossa pulih dari cedera. Boaz sudah berlatih bersama tim.\n\n"
            '"Semua pemain siap," kata pelatih Persipura, Wanderley Junior.\n\n'
            "Ia berharap anak asuhnya tak meremehkan lawan.\n\n"
            '"Kita harus kerja keras untuk menang," ujarnya.',
            [("Semua pemain", "Wanderley Junior"), ("Kita harus", "Wanderley Junior")],
            id="a pronoun means the one named last, a quotation's speaker included",
        ),
        pytest.param(
            "Baru-baru ini JK Rowling mengungkapkan kisah baru di laman Pottermore.\n\n"
            '"Henry dikenal sebagai Harry oleh teman-temannya," tulis Rowling.',
            [("Henry dikenal", "JK Rowling")],
            id="two capitals used nowhere but before a name are its initials",
        ),
        pytest.param(
            "Putra aktor Will Smith, Jaden meluncurkan video musik baru.\n\n"
            '"Batman, Batman, Batman, we need to settle the scores," rap Jaden di tengah kerumunan.',
            [("Batman, Batman,", "Jaden")],
            id="a word the verb list lacks, then a name the article uses alone for someone",
        ),
        pytest.param(
            'Jika jawabannya "tidak ada kemerdekaan," berarti Catalonia tetap bersama Spanyol.',
            [],
            id="but not a derived word ('berarti') before a place",
        ),
        pytest.param(
            'Pimpinan sidang bertanya kepada peserta.\n\n"Setuju," jawab para kader serempak.\n\n“Nantilah,” ujarnya.',
            [],
            id="one word is an answer, not a quotation",
        ),
    ],
)
def test_speaker_forms(text, expected):
    assert found(text) == expected
