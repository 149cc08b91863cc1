SELECT id, finding_id, decision, reviewer, decided_at, reason FROM finding_review WHERE finding_id = :finding ORDER BY id
