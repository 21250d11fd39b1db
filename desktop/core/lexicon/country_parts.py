"""Countries that lie in a state of several: "Manchester, England" / "Manchester, in the UK".

The gazetteer lists sovereign states; England, Scotland, Wales and Northern Ireland are the
countries the United Kingdom is made of, and news copy names either (core/locations/places.py).
"""

from __future__ import annotations

COUNTRY_PARTS: dict[str, str] = {
    "england": "united kingdom",
    "scotland": "united kingdom",
    "wales": "united kingdom",
    "northern ireland": "united kingdom",
}
