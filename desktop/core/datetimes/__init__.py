"""Days, dates, clock times, spans and lapses as reporters write them, and the timeline."""
