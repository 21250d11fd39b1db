"""Who says what: quotes and speakers, quotes compared, attribution, shared agency copy."""
