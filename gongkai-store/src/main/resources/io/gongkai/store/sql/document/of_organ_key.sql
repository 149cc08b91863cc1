-- The documents filed under an organ whose reading names it by this key: what a split moves out.
SELECT d.id AS document_id, r.report_year
FROM document d JOIN report r ON r.id = d.report_id
WHERE r.organ_id = :organ
  AND EXISTS (SELECT 1 FROM extraction_run x WHERE x.document_id = d.id AND x.agency_key = :key)
