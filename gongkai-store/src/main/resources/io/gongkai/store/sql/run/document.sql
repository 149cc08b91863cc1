SELECT document_id FROM extraction_run WHERE id = :run
