-- Claims the bytes: a concurrent import of the same bytes waits for this transaction, then inserts nothing.
INSERT INTO document (sha256, file_name, path, source_url, format, size_bytes)
VALUES (:sha256, :fileName, :path, :sourceUrl, :format, :size)
ON CONFLICT DO NOTHING
