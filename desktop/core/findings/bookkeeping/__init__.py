"""What every pass shares: the ledger, how claims relate, assembly, the reasons' wording."""
