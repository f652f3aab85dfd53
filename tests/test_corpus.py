"""Dev-data records become Markdown articles: headlines from the source address, dates from the id."""

import datetime as dt

import frontmatter
import pytest

from sitegen.corpus import write_corpus


@pytest.mark.parametrize(
    ("url", "title"),
    [
        (
            "https://x.id/bola/inter-siapkan-38-juta-euro-untuk-nainggolan.html",
            "Inter Siapkan 38 Juta Euro Untuk Nainggolan",
        ),
        ("https://x.id/berita/3581234/4-nelayan-ditangkap", "4 Nelayan Ditangkap"),
        ("https://x.id/d-3581234/kpk-tahu-sketsa-wajah-3581234", "Kpk Tahu Sketsa Wajah"),
        ("https://x.id/read/amd_ryzen_threadripper.php?page=2#top", "Amd Ryzen Threadripper"),
        ("https://x.id/tekno/", "Tekno"),
        ("https://x.id/read/2017/08/09/92vlv8prq3qxt9nf0xfmqqlpm", "Berger Salah Rekrutan"),
        ("https://x.id/malaysia-pesta-gol-ke-gawang-timnas?icid=op", "Malaysia Pesta Gol Ke Gawang Timnas"),
        ("https://x.id/covid19-dan-mp3", "Covid19 Dan Mp3"),
        ("", "Berger Salah Rekrutan"),
    ],
)
def test_the_headline_comes_from_the_last_part_of_the_source_address(tmp_path, url, title):
    record = {"id": "1499216400-berger-salah-rekrutan", "text": "Isi.", "source_url": url}
    (path,) = write_corpus([record], tmp_path, 1)
    assert frontmatter.load(path)["title"] == title


def test_a_record_may_carry_its_own_date_and_later_rounds_move_a_year_on(tmp_path):
    record = {"id": "1499216400-a", "text": "Isi.", "date": "2017-08-10"}
    first, second = write_corpus([record], tmp_path, 2)
    assert frontmatter.load(first)["date"] == dt.date(2017, 8, 10)
    assert frontmatter.load(second)["date"] == dt.date(2018, 8, 10)
    assert first.name != second.name
