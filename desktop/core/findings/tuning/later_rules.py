"""Thresholds of the rules added after ``rules.py`` neared 500 lines, in the same form.

Each constant says what it separates and which bench figure set it; ``tuning.NAME`` reads it.
"""
