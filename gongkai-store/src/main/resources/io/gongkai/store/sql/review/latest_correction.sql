SELECT new_value FROM cell_correction WHERE run_id = :run AND cell_id = :cell ORDER BY id DESC LIMIT 1
