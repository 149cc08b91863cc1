-- The cells of one run in the template's order (the run's keys start at run * 1024, see V1). Positional, for one
-- statement run once per report: run, run.
SELECT cell_id, status, value_text FROM cell WHERE cell_key BETWEEN ? * 1024 AND ? * 1024 + 1023 ORDER BY cell_key
