UPDATE organ_alias SET organ_id = :to WHERE name_key = :key
