DELETE FROM report
WHERE organ_id = :organ AND NOT EXISTS (SELECT 1 FROM document d WHERE d.report_id = report.id)
