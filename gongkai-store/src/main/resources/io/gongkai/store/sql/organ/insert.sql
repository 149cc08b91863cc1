INSERT INTO organ (name, name_key, level, region) VALUES (:name, :key, :level, :region)
