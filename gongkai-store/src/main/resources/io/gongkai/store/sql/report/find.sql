SELECT id FROM report WHERE organ_id = :organ AND report_year = :year
