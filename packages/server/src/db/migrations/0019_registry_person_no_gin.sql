-- No search could use these two indexes: every request reads the registry under row-level
-- security, where PostgreSQL uses an index for a condition only if its operator is leakproof,
-- and pg_trgm's `%` and the array operators `&&` and `@>` are not (each was planned as a scan of
-- every person, for any scope). Names are searched in memory (registry/name-index.ts); dated
-- searches scan. Building the two took 3.6 s of a build of a million people, and every later
-- build updated them row by row.
DROP INDEX registry_person_name_trgm_idx;
DROP INDEX registry_person_words_idx;
