SELECT organ_id, name_key FROM organ_alias WHERE local_key = :localKey
