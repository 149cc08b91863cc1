-- The rules of one run's error-level findings. Positional: run.
SELECT DISTINCT rule FROM finding WHERE run_id = ? AND severity = 'error'
