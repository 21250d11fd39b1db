"""What every pass shares: the ledger, claims and how two relate, assembly into findings."""
