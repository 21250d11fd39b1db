"""What is written to disk: the .crosscheck file, the report's people, atomic writes."""
