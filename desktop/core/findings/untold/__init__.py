"""What only one article tells: the one-sided pass, facts told in another form, withheld."""
