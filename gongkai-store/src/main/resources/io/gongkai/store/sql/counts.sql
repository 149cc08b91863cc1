SELECT (SELECT count(*) FROM organ) AS organs,
       (SELECT count(*) FROM organ_alias) AS aliases,
       (SELECT count(*) FROM report) AS reports,
       (SELECT count(*) FROM document) AS documents,
       (SELECT count(*) FROM document_content) AS contents,
       (SELECT count(*) FROM extraction_run) AS runs,
       (SELECT count(*) FROM cell) AS cells,
       (SELECT count(*) FROM finding) AS findings
