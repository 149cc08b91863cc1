SELECT count(*) FROM cell WHERE cell_key BETWEEN :run * 1024 AND :run * 1024 + 1023 AND cell_id = :cell
