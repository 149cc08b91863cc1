INSERT INTO cell_correction (run_id, cell_id, old_value, new_value, corrector, corrected_at, reason)
VALUES (:run, :cell, :old, :new, :corrector, :at, :reason)
