SELECT organ_id, name FROM organ_alias WHERE name_key = :key
