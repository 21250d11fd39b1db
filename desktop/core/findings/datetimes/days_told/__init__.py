"""Days and clock times told in another form: relative days, weekdays, parts of a day."""
