UPDATE document SET report_id = :report WHERE id = :document
