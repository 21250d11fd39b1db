"""What a count counts: which group, the toll it is in, wounds, kin, job cuts, more."""
