"""Who tells a sentence: its named source, a speaker set aside, speakers named another way."""
