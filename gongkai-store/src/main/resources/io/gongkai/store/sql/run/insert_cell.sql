-- Positional, for a plain JDBC batch (the hot path of an import): run_id, run_id (again, for the key), cell_id,
-- ordinal, ordinal (again), status, value_text, value_number, raw, candidates, span_page, span_line, span_start,
-- span_end, box_x, box_y, box_width, box_height.
INSERT INTO cell (run_id, cell_key, cell_id, ordinal, status, value_text, value_number, raw, candidates, span_page,
                  span_line, span_start, span_end, box_x, box_y, box_width, box_height)
VALUES (?, ? * 1024 + ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
