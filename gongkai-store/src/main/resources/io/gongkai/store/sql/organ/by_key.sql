SELECT organ_id FROM organ_alias WHERE name_key = :key
