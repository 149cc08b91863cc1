-- The cells of a run are the keys from run * 1024 on (see V1).
SELECT cell_id, status, value_text, raw, candidates, span_page, span_line, span_start, span_end,
       box_x, box_y, box_width, box_height
FROM cell WHERE cell_key BETWEEN :run * 1024 AND :run * 1024 + 1023 ORDER BY cell_key
