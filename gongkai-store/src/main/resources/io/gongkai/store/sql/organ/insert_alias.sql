-- A key belongs to one organ: when another transaction is creating the same organ, this inserts nothing.
INSERT INTO organ_alias (organ_id, name_key, local_key, name) VALUES (:organ, :key, :localKey, :name)
ON CONFLICT DO NOTHING
