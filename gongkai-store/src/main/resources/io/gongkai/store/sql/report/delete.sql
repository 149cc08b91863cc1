DELETE FROM report WHERE id = :report
