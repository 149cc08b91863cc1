-- A person's choice: later inference never overwrites it.
UPDATE organ SET level = :level, level_set_by = 'person' WHERE id = :organ
