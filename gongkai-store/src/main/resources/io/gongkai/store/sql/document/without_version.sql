-- Documents no run of this extractor version has read: what a newer extractor reads again on request.
SELECT d.id, d.file_name, d.path
FROM document d
WHERE NOT EXISTS (SELECT 1 FROM extraction_run x WHERE x.document_id = d.id AND x.extractor_version = :version)
ORDER BY d.id
