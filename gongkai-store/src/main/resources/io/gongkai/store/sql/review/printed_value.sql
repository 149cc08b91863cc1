SELECT value_text FROM cell WHERE run_id = :run AND cell_id = :cell
