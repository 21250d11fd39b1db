"""What a journalist sees: counts, the pair's verdict, notices, labels, colours, the review."""
