SELECT id, sha256, report_id, file_name, path, source_url, format, size_bytes
FROM document WHERE id = :document
