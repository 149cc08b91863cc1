SELECT id, report_year FROM report WHERE organ_id = :organ ORDER BY report_year
