from __future__ import annotations

import unicodedata

from reportlab.pdfbase import pdfmetrics

from cocreation_app.reports.fonts import (
    FAMILY,
    FONT_FILES,
    fonts_dir,
    missing_characters,
    register_fonts,
)
from tests.reports.conftest import SPECIAL

# Beyond the test characters: the rest of Spanish, and letters of Mexican indigenous
# orthographies (Mixtec, Otomí/Hñähñu, Zapotec, Tseltal/Tsotsil saltillo, Nahuatl macrons).
ORTHOGRAPHIES = "áéíóúüñÁÉÍÓÚÜÑ¿¡«»ǎěǐǒǔɨʉꞌꞋäëöʼāēīōūẽĩõũỹ" + "\u0303\u0331\u0301\u0304"


def test_bundled_fonts_and_license_are_shipped() -> None:
    for filename in FONT_FILES.values():
        assert (fonts_dir() / filename).is_file()
    assert "SIL Open Font License" in (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    total = sum((fonts_dir() / f).stat().st_size for f in FONT_FILES.values())
    assert total < 4 * 1024 * 1024


def test_every_style_covers_spanish_and_indigenous_orthographies() -> None:
    register_fonts()
    for name in FONT_FILES:
        assert missing_characters(SPECIAL + ORTHOGRAPHIES, name) == [], name


def test_combining_tilde_stays_a_zero_width_mark_after_normalization() -> None:
    # g̃ has no precomposed form: NFC keeps g + U+0303, and the font draws the mark over the g.
    text = unicodedata.normalize("NFC", "g\u0303")
    assert text == "g\u0303"
    register_fonts()
    assert pdfmetrics.stringWidth("\u0303", FAMILY, 10) == 0
