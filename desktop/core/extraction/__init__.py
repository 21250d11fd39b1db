"""From text to facts: the spaCy parse, page furniture, sentence repairs, missed entities."""
