import pytest

from sitegen.language import detect


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Menteri Luar Negeri AS bertemu dengan Menlu Rusia untuk membahas konflik yang terjadi di Ukraina.", "id"),
        ("Pemerintah akan menaikkan harga bahan bakar minyak pada bulan depan karena subsidi tidak cukup.", "id"),
        ("The US Secretary of State met the Russian foreign minister to discuss the conflict in Ukraine.", "en"),
        (
            "Amerika Serikat dan Rusia have been working to reduce tensions over Ukraine during the talks in Geneva.",
            "en",
        ),
        ("We will make sure that we are heard, but the main thing is our security.", "en"),
        ("Kami akan memastikan bahwa kami didengar tetapi yang utama adalah keamanan kami.", "id"),
        ("", None),
        ("12345 678", None),
        ("Jokowi Prabowo Jakarta Bandung", None),
        # Too few stop words for their share to decide: the lower-case words' frequencies do.
        (
            "Gempa berkekuatan 5,4 magnitudo mengguncang kawasan Bengkulu. Gempa dilaporkan terjadi pukul 06.23 WIB.",
            "id",
        ),
        (
            "Gubernur DKI Jakarta Djarot Saiful Hidayat menganggap kinerja Pasukan Penanganan Prasarana dan Sarana "
            "Umum (PPSU) masih bagus.",
            "id",
        ),
        ("Apple launches iPhone X with Face ID. Samsung Galaxy Note 8 arrives in Jakarta.", "en"),
        ("Persib Bandung vs Persija Jakarta: skor akhir 1-1.", None),  # two words vote: not enough
    ],
)
def test_detect(text, lang):
    assert detect(text) == lang
