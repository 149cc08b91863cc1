INSERT INTO organ_local_key (local_key) VALUES (:localKey) ON CONFLICT DO NOTHING
