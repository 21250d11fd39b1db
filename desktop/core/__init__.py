"""The engine: ingest, extraction, alignment, findings, persistence and export. Never imports Qt."""
