"""Speaker forms from made-up articles written in session 50 to probe the rules beyond the annotated sets: a
paragraph that opens on one name with an office in lower case before it ('Aktris senior Widyawati tak sepakat.') is
about that person, so 'ucapnya' in the quotation paragraph after it is theirs, not the last speaker's. The quotes
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
