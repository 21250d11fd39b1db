"""Claims read off the parse: what each value is said of, and by which predicate."""
