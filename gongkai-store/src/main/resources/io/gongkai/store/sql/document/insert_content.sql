INSERT INTO document_content (document_id, bytes) VALUES (:document, :bytes)
