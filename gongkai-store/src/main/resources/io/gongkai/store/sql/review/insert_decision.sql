INSERT INTO finding_review (finding_id, decision, reviewer, decided_at, reason)
VALUES (:finding, :decision, :reviewer, :at, :reason)
