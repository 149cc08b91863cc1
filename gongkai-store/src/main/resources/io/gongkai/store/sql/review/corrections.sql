SELECT id, run_id, cell_id, old_value, new_value, corrector, corrected_at, reason
FROM cell_correction WHERE run_id = :run ORDER BY id
