-- Documents that are not whole: no report, no bytes, not exactly one run, or a run missing cells or findings.
SELECT d.id FROM document d
WHERE d.report_id IS NULL
   OR NOT EXISTS (SELECT 1 FROM document_content c WHERE c.document_id = d.id)
   OR (SELECT count(*) FROM extraction_run x WHERE x.document_id = d.id) <> 1
   OR EXISTS (SELECT 1 FROM extraction_run x
              WHERE x.document_id = d.id
                AND (x.cell_count <> (SELECT count(*) FROM cell c WHERE c.cell_key BETWEEN x.id * 1024 AND x.id * 1024 + 1023)
                     OR x.finding_count <> (SELECT count(*) FROM finding f WHERE f.run_id = x.id)))
