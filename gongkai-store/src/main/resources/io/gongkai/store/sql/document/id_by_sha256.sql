SELECT id FROM document WHERE sha256 = :sha256
