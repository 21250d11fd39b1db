"""Which sentences tell the same thing: alignment, sentence vectors, same event, word diffs."""
