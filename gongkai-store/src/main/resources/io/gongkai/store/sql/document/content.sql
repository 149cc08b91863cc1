SELECT bytes FROM document_content WHERE document_id = :document
