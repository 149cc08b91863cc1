INSERT INTO report (organ_id, report_year) VALUES (:organ, :year) ON CONFLICT DO NOTHING
