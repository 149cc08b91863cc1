-- The reports an export or a statistic covers, one row each with the run that stands for it. A report (one organ, one
-- year) may have several documents (renderings of it, corrected versions) and a document several runs (one per
-- extractor version). The report's latest document stands: the one imported last, the highest id. It is read by its
-- latest run: the highest id, the newest extractor's reading after `gongkai reread`. Documents whose organ or year was
-- not recognised are filed under no report and are left out. The filters are off when their any* flag is true; the
-- region is a LIKE pattern with '!' as the escape character.
SELECT r.id AS report_id, r.report_year, o.name AS organ, o.region, o.level, x.id AS run_id, x.edition,
       (SELECT count(*) FROM finding f WHERE f.run_id = x.id AND f.severity = 'error') AS errors,
       (SELECT count(*) FROM cell_correction k WHERE k.run_id = x.id) AS corrections
FROM report r
JOIN organ o ON o.id = r.organ_id
JOIN extraction_run x ON x.id = (SELECT max(x2.id) FROM extraction_run x2
                                 WHERE x2.document_id = (SELECT max(d.id) FROM document d WHERE d.report_id = r.id))
WHERE (:anyRegion OR o.region LIKE :region ESCAPE '!')
  AND (:anyLevel OR o.level IN (<levels>))
  AND (:anyYear OR r.report_year IN (<years>))
  AND (:anyEdition OR x.edition IN (<editions>))
  AND (:anyRule OR EXISTS (SELECT 1 FROM finding f WHERE f.run_id = x.id AND f.rule IN (<rules>)))
ORDER BY o.region, o.name, r.report_year, r.id
