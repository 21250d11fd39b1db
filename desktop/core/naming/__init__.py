"""Names: what kind of name a span is, forms and spellings of one name, links across articles."""
