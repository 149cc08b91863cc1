SELECT cell_id, status, value_text, raw, candidates, span_page, span_line, span_start, span_end,
       box_x, box_y, box_width, box_height
FROM cell WHERE run_id = :run ORDER BY ordinal
