"""Games and seasons: scores and records, teams by city or nickname, streaks, missed games."""
