SELECT count(*) FROM extraction_run WHERE document_id = :document AND extractor_version = :version
