SELECT d.id, d.path FROM document d ORDER BY d.id
