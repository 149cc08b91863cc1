SELECT o.id, o.name, o.level, o.level_set_by, o.region, o.parent_id,
       (SELECT count(*) FROM report r WHERE r.organ_id = o.id) AS reports
FROM organ o ORDER BY o.id
