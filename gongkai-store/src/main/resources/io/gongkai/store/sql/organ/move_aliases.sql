UPDATE organ_alias SET organ_id = :to WHERE organ_id = :from
