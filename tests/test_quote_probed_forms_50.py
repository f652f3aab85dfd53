"""Speaker forms from made-up articles written in session 50 to probe the rules beyond the annotated sets: a
paragraph that opens on one name with an office in lower case before it ('Aktris senior Widyawati tak sepakat.') is
about that person, so 'ucapnya' in the quotation paragraph after it is theirs, not the last speaker's, and so is a
nickname 'sapaan akrabnya' gives right after it; 'boru' joins a Batak name; a name of birth order ('Dwi', 'Tri') opens
the name after a body even when the article calls its owner by the next word; a party's or a mass organisation's
name in words ('Muhammadiyah') is never part of the name after it; one name set off after who they are keeps
its title out ('Pemilik tas, Hj Nurlela, mengaku …'); someone described, then named with 'bernama', is the subject
of the sentence ('Nenek bernama Sumiyati itu mengaku …'). The quotes
found, as (first words, speaker); and the roles shown, as (speaker, role)."""

import pytest
from test_quote_shapes import found, last_speaker_and_role


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Ketua Umum Parfi Gatot Brajamusti berencana membentuk lembaga sertifikasi aktor.\n\n"
            '"Aktor juga profesi," kata Gatot.\n\n'
            "Aktris senior Widyawati tak sepakat. Menurut dia, bakat tidak bisa diukur.\n\n"
            '"Yang menilai itu penonton," ucapnya.',
            [("Aktor juga", "Gatot Brajamusti"), ("Yang menilai", "Widyawati")],
            id="one name with an office in lower case opens the paragraph before 'ucapnya'",
        ),
        pytest.param(
            "Jakarta - Ketua Umum Parfi Gatot Brajamusti berencana membentuk lembaga sertifikasi aktor.\n\n"
            '"Aktor juga profesi," kata Gatot.\n\n'
            "Para aktor muda tak sepakat. Menurut mereka, bakat tidak bisa diukur.\n\n"
            '"Yang menilai itu penonton," ucapnya.',
            [("Aktor juga", "Gatot Brajamusti"), ("Yang menilai", "Gatot Brajamusti")],
            id="bound: a paragraph about people nobody names leaves 'ucapnya' to the last speaker",
        ),
        pytest.param(
            "Medan - Seorang ibu, Rosmawati boru Sinaga (45), menjadi korban penjambretan.\n\n"
            '"Tas saya ditarik dari belakang," kata Rosmawati.',
            [("Tas saya", "Rosmawati boru Sinaga")],
            id="a Batak name with 'boru' in it",
        ),
        pytest.param(
            "Jakarta - Pengamat pertanian dari Institut Pertanian Bogor Dwi Andreas Santosa meragukan data itu.\n\n"
            '"Data produksi kita bermasalah," ujar Andreas.',
            [("Data produksi", "Dwi Andreas Santosa")],
            id="a name of birth order opens the name after a body, called by its second word",
        ),
        pytest.param(
            "Jakarta - Kepala BNPB Sutopo Purwo Nugroho mengatakan tsunami dipicu longsoran.\n\n"
            '"Tidak ada peringatan dini," kata Sutopo.\n\n'
            'Ahli vulkanologi Surono menyebut longsoran bisa terulang. "Anak Krakatau masih aktif," kata dia.',
            [("Tidak ada", "Sutopo Purwo Nugroho"), ("Anak Krakatau", "Surono")],
            id="'kata dia' in a paragraph that opens on one name after an expert's office",
        ),
        pytest.param(
            "Jakarta - Kepala BNPB Sutopo Purwo Nugroho mengatakan tsunami dipicu longsoran.\n\n"
            '"Tidak ada peringatan dini," kata Sutopo.\n\n'
            "Ahli vulkanologi Surono menyebut longsoran bisa terulang. "
            '"Anak Krakatau masih aktif," kata Mbah Rono, sapaan akrabnya.',
            [("Tidak ada", "Sutopo Purwo Nugroho"), ("Anak Krakatau", "Surono")],
            id="a nickname said to be the familiar name of one name with an office",
        ),
        pytest.param(
            "Jakarta - Ketua Umum PP Muhammadiyah Haedar Nashir meminta umat tenang.\n\n"
            '"Indonesia milik kita bersama," ujar Haedar.',
            [("Indonesia milik", "Haedar Nashir")],
            id="a mass organisation's name in words between a role and a name",
        ),
        pytest.param(
            "Jakarta - Seorang sopir angkot, Asep Saepudin, mengembalikan tas berisi uang.\n\n"
            '"Itu bukan hak saya," kata Asep.\n\n'
            'Pemilik tas, Hj Nurlela, mengaku berterima kasih. "Uang itu untuk berobat," ujarnya.',
            [("Itu bukan", "Asep Saepudin"), ("Uang itu", "Nurlela")],
            id="one name with a title, set off after who she is, before 'ujarnya'",
        ),
        pytest.param(
            "Jakarta - Seorang nenek di Sleman lulus ujian Paket C.\n\n"
            'Nenek bernama Sumiyati itu mengaku tak pernah sekolah. "Dulu zaman perang," tuturnya.',
            [("Dulu zaman", "Sumiyati")],
            id="someone described, then named with 'bernama … itu', as the subject before 'tuturnya'",
        ),
        pytest.param(
            "Jakarta - Kejaksaan Agung menetapkan lima tersangka.\n\n"
            'Direktur Penyidikan Jampidsus Supardi menambahkan, aliran dana ditelusuri. "Kami tidak berhenti," ujarnya.',
            [("Kami tidak", "Supardi")],
            id="a prosecutor's office written as one word between an office and a name",
        ),
    ],
)
def test_probed_speaker_forms_50(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Ketua Umum Persatuan Artis Film Indonesia (Parfi) Gatot Brajamusti membentuk lembaga baru.\n\n"
            '"Aktor juga profesi," kata Gatot.',
            ("Gatot Brajamusti", "Ketua Umum Persatuan Artis Film Indonesia (Parfi)"),
            id="a body's short form in brackets that is a word, not initials",
        ),
        pytest.param(
            "Jakarta - Ketua Komisi Pemilihan Umum (KPU) Arief Budiman membentuk tim.\n\n"
            '"Tim bekerja mulai besok," kata Arief.',
            ("Arief Budiman", "Ketua Komisi Pemilihan Umum (KPU)"),
            id="bound: initials in brackets",
        ),
        pytest.param(
            "Jakarta - Mantan Wakil Presiden Indonesia, Boediono, mewanti-wanti pemerintah.\n\n"
            '"Utang harus dikendalikan," kata Boediono.',
            ("Boediono", "Mantan Wakil Presiden Indonesia"),
            id="a former office opening the sentence keeps its 'Mantan'",
        ),
        pytest.param(
            'Jakarta - Mantan Boediono mewanti-wanti pemerintah. "Utang harus dikendalikan," kata Boediono.',
            ("Boediono", ""),
            id="bound: 'Mantan' alone is no role",
        ),
    ],
)
def test_probed_roles_50(text: str, expected: tuple[str, str]) -> None:
    assert last_speaker_and_role(text) == expected
