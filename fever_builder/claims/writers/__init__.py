"""Claim writers: one module per kind of contrastive pair."""
