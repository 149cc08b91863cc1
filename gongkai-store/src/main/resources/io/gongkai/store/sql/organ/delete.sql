DELETE FROM organ WHERE id = :organ
