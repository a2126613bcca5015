-- A build told a changed version from an unchanged one by an md5 of its values as JSON
-- (`digest`), computed for every person and family it chose: 6 of the 33 s that choosing a
-- million people took (bench:registry data). It now compares the values themselves
-- (`IS DISTINCT FROM`, registry-build.queries.ts), which says the same — the digest was of
-- exactly those columns — and costs nothing when the open version is read anyway.
ALTER TABLE registry_person DROP COLUMN digest;
ALTER TABLE registry_family DROP COLUMN digest;
