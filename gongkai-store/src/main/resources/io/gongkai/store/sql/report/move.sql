UPDATE report SET organ_id = :organ WHERE id = :report
