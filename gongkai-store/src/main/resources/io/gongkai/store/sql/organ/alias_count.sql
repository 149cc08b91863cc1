SELECT count(*) FROM organ_alias WHERE organ_id = :organ
