"""Spans and years told in another form: durations, seasons, a span's ends, years ago."""
