SELECT id, document_id, extractor_version, edition, report_year, agency, created_at
FROM extraction_run WHERE document_id = :document ORDER BY id
