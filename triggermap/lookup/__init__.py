"""Lookups on the atlas: names to ids, referral queries, ranking, drawings, red flags."""
