SELECT id, rule, severity, cells, expected, actual, message_zh, message_en
FROM finding WHERE run_id = :run ORDER BY ordinal
