-- Held until the transaction ends: whoever else resolves a name with this local key waits, then sees this one's organ.
SELECT local_key FROM organ_local_key WHERE local_key = :localKey FOR UPDATE
