-- The corrections of one run's cells, oldest first, so that the last one read for a cell is the one in force.
-- Positional: run.
SELECT cell_id, new_value FROM cell_correction WHERE run_id = ? ORDER BY id
