"""A figure's bounds and ranges: a bound outside it or negated, a range's ends, an over."""
