INSERT INTO finding (run_id, ordinal, rule, severity, cells, expected, actual, message_zh, message_en)
VALUES (:run, :ordinal, :rule, :severity, :cells, :expected, :actual, :messageZh, :messageEn)
