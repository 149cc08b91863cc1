-- The organs a name can mean: the one holding its key, else those sharing its local key (洪泽区 for 淮安市洪泽区).
SELECT DISTINCT organ_id FROM organ_alias WHERE name_key = :key OR (local_key = :localKey AND NOT EXISTS (
  SELECT 1 FROM organ_alias WHERE name_key = :key))
