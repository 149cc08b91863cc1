-- The newest run of any document of a report: the latest reading, by the newest extractor that read it.
SELECT r.id, r.published, r.text, d.file_name, d.sha256, d.format
FROM extraction_run r JOIN document d ON d.id = r.document_id
WHERE d.report_id = :report
ORDER BY r.id DESC
LIMIT 1
