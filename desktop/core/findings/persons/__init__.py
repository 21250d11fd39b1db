"""Verdicts on people: who is who, their ages, roles, offices and fates."""
