SELECT organ_id, name FROM organ_alias ORDER BY organ_id, id
