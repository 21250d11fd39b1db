"""The wording of the reasons a journalist reads: plain words, the articles' own quoted."""
