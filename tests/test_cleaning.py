from pathlib import Path

import pytest

from sitegen.cleaning import clean

SEED_DIR = Path(__file__).parent / "fixtures" / "seeds"


@pytest.mark.parametrize(
    "body, text, credit",
    [
        (
            "Paragraf satu.\n\nBaca Juga: Judul lain yang menarik\n\nParagraf dua.",
            "Paragraf satu.\n\nParagraf dua.",
            "",
        ),
        ("Satu.\nBACA JUGA: sesuatu\nDua.", "Satu.\n\nDua.", ""),
        ("Isi berita.\n\nKomentar\n\nPostingan populer dari blog ini\n\nBerita lain", "Isi berita.", ""),
        ("Isi berita.\n\nPostingan populer dari blog ini\n\nJudul lain", "Isi berita.", ""),
        ("Isi.\n\nEditor: Alfiansyah\n\nSumber: Aljazeera\n\nTags\n\nTerkini\n\nTerpopuler", "Isi.", "Aljazeera"),
        ("INFOSEMARANGRAYA.COM - Amerika Serikat dan Rusia bertemu.", "Amerika Serikat dan Rusia bertemu.", ""),
        ("KOMPAS.com — Harga beras naik.", "Harga beras naik.", ""),
        ("22 Januari 2022, 16:57 WIB\n\nIsi berita.", "Isi berita.", ""),
        ("Rusia kirim tentara ke perbatasan Ukraina /ukrinform.net\n\nIsi.", "Isi.", ""),
        ("Foto: Presiden saat berpidato (Dok. Istana)\n\nIsi.", "Isi.", ""),
        ("Kata terakhir.”.***", "Kata terakhir.”.", ""),
        ("Ada   spasi\u00a0ganda.", "Ada spasi ganda.", ""),
        ("Penulis: Ani\nReporter: Budi\nIsi tetap.", "Isi tetap.", ""),
        ("Satu.\nADVERTISEMENT\nDua.\nSCROLL TO RESUME CONTENT\nTiga.", "Satu.\n\nDua.\n\nTiga.", ""),
        ("Iklan baris itu dipasang di koran.", "Iklan baris itu dipasang di koran.", ""),
        # Mojibake (UTF-8 read as cp1252) is repaired; text that only looks foreign is not touched.
        ("Piton mengatakan, â€œKursus ini terbuka.â€\x9d", "Piton mengatakan, “Kursus ini terbuka.”", ""),
        ("Zaskia Sungkar â€” istri Irwansyah â€” hamil.", "Zaskia Sungkar — istri Irwansyah — hamil.", ""),
        ("Café Señor di Menteng, “kata mereka”.", "Café Señor di Menteng, “kata mereka”.", ""),
        # Not boilerplate: a sentence that mentions these words is kept.
        (
            "Editor senior itu mengatakan, tags harga harus jelas.",
            "Editor senior itu mengatakan, tags harga harus jelas.",
            "",
        ),
        ("Sumber daya alam Indonesia melimpah.", "Sumber daya alam Indonesia melimpah.", ""),
        (
            "Foto-foto itu beredar luas di media sosial sejak Senin.",
            "Foto-foto itu beredar luas di media sosial sejak Senin.",
            "",
        ),
    ],
)
def test_rules(body, text, credit):
    cleaned = clean(body)
    assert cleaned.text == text
    assert cleaned.credit == credit


def test_seed_with_blog_footer():
    raw = Path(f"{SEED_DIR}/000_d2dfdaceba91de6f.txt").read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert cleaned.text.endswith("membaranya tensi Ukraina-Rusia.")
    assert "Komentar" not in cleaned.text and "Postingan" not in cleaned.text


def test_seed_with_banner_caption_and_byline():
    raw = Path(f"{SEED_DIR}/001_69c053db0c9cfd4e.txt").read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert cleaned.credit == "Aljazeera"
    for junk in ("Baca Juga", "INFOSEMARANGRAYA", "ukrinform", "16:57 WIB", "Editor:", "Terpopuler", "***"):
        assert junk not in cleaned.text
    assert "Amerika Serikat dan Rusia telah berusaha" in cleaned.text
