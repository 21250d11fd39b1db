"""The story's happenings: which event a fact belongs to, tolls, victims, harms, case steps."""
