-- No query finds source records through this index: a match run reads whole batches, and the
-- rows of a batch around its region by `region_code = $1 OR region_code LIKE $1 || '.%'`, which
-- a plain text index cannot serve (its collation is the database's) and which is planned as a
-- scan of the batch's partition. Building it on every import's partition took a third of the
-- time an import spends after its last row (bench:ingest, 300,305 rows: 0.22 s of 0.65 s).
DROP INDEX source_record_region_idx;
