UPDATE organ SET parent_id = :to WHERE parent_id = :from
