"""Two people who speak as one (`sitegen.pairs`): their quotation's speaker is both names joined by 'dan', as the
annotated sets name them ('Karena dan Katrina' in fresh4, 'Eric Corngold dan Mary Mulligan' in fresh37), and the
English edition joins them with 'and'. The quotes found, as (first words, speaker)."""

from pathlib import Path

import pytest
from test_quote_shapes import found

from sitegen.article import Quote
from sitegen.build import build
from sitegen.config import CacheConfig, Config, SiteConfig
from sitegen.llm.fake import FakeProvider


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Chuck Blazer meninggal dunia.\n\n"
            '"Kami sedih atas meninggalnya klien kami," kata pengacaranya, Eric Corngold dan Mary Mulligan, '
            "seperti dilansir BBC.\n\n"
            '"Dia telah menerima tanggung jawab penuh atas kesalahannya."',
            [("Kami sedih", "Eric Corngold dan Mary Mulligan"), ("Dia telah", "Eric Corngold dan Mary Mulligan")],
            id="two full names set off after who they are, and the quotation paragraph after theirs",
        ),
        pytest.param(
            "Jakarta - Pasangan pengantin asal Cianjur, Ahmad dan Siti, viral karena menggelar resepsi di sawah.\n\n"
            '"Kami ingin pernikahan yang sederhana," kata keduanya saat dihubungi.',
            [("Kami ingin", "Ahmad dan Siti")],
            id="'kata keduanya' after two single names set off after who they are",
        ),
        pytest.param(
            "“Kurang tidur,” tulis pelatih kebugaran sekaligus pendiri Tone It Up, Karena dan Katrina (@ToneItUp). "
            "“Kami bekerja sampai larut malam, makanya kami tidur cukup,” kata keduanya.",
            [("Kurang tidur", "Karena dan Katrina"), ("Kami bekerja", "Karena dan Katrina")],
            id="a pair set off after a role, one name also a word ('Karena'), then 'kata keduanya'",
        ),
        pytest.param(
            "Jakarta - Menteri Keuangan Sri Mulyani dan Gubernur BI Perry Warjiyo menggelar konferensi pers.\n\n"
            '"Inflasi masih terkendali dan rupiah stabil," kata mereka berdua.',
            [("Inflasi masih", "Sri Mulyani dan Perry Warjiyo")],
            id="'kata mereka berdua' after two people each named with a role",
        ),
        pytest.param(
            "Jakarta - Banjir melanda Jakarta dan Bekasi sejak Sabtu.\n\n"
            '"Air naik sangat cepat sejak subuh tadi," kata keduanya.',
            [("Air naik", "")],
            id="bound: two places joined by 'dan' are no pair of people",
        ),
        pytest.param(
            'Jakarta - Rudy Salim dan Budi Santoso berselisih.\n\n"Saya tidak pernah berutang," kata Rudy.\n\n'
            '"Dia berbohong soal utang itu," ujarnya lagi kepada wartawan.',
            [("Saya tidak", "Rudy Salim"), ("Dia berbohong", "Rudy Salim")],
            id="bound: a pair named before is no one's 'ujarnya'",
        ),
    ],
)
def test_two_people_speak_as_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "speaker, english",
    [
        ("Eric Corngold dan Mary Mulligan", "Eric Corngold and Mary Mulligan"),
        ("Dani Pedrosa", "Dani Pedrosa"),
        ("Daniel Dandy", "Daniel Dandy"),
        ("", ""),
        ("Kementerian Kelautan dan Perikanan", "Kementerian Kelautan dan Perikanan"),
        ("Badan Meteorologi, Klimatologi, dan Geofisika", "Badan Meteorologi, Klimatologi, dan Geofisika"),
    ],
)
def test_the_english_edition_joins_a_pair_with_and_and_keeps_a_body_s_name(speaker: str, english: str) -> None:
    assert Quote("…", speaker, 0, 1).speaker_en == english


def test_a_pair_reads_in_each_edition_s_language(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "blazer.md").write_text(
        "---\ntitle: Informan korupsi FIFA tutup usia\ndate: 2017-07-13\nlang: id\n---\n\n"
        "Jakarta - Chuck Blazer, informan kasus korupsi FIFA, meninggal dunia di New Jersey pada usia 72 tahun.\n\n"
        '"Kami benar-benar sedih atas meninggalnya klien dan sahabat kami, Chuck Blazer," kata pengacaranya, '
        "Eric Corngold dan Mary Mulligan, seperti dilansir BBC.\n",
        encoding="utf-8",
    )
    config = Config(
        site=SiteConfig(content=content, output=tmp_path / "public"), cache=CacheConfig(dir=str(tmp_path / "cache"))
    )
    build(config, provider=FakeProvider(), log=lambda line: None)
    indonesian = next((tmp_path / "public").glob("20*/*/*/*/index.html")).read_text(encoding="utf-8")
    english = next((tmp_path / "public" / "en").glob("20*/*/*/*/index.html")).read_text(encoding="utf-8")
    assert "— Eric Corngold dan Mary Mulligan" in indonesian
    assert "— Eric Corngold and Mary Mulligan" in english
