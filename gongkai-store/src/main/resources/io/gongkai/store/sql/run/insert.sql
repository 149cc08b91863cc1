INSERT INTO extraction_run (document_id, extractor_version, edition, report_year, agency, agency_key, published, text,
                            cell_count, finding_count)
VALUES (:document, :version, :edition, :year, :agency, :agencyKey, :published, :text, :cellCount, :findingCount)
