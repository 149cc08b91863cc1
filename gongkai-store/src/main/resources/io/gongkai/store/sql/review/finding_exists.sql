SELECT count(*) FROM finding WHERE id = :finding
