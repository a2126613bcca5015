-- The tables of the registry speed-up (migration 0007) under access by region (migration 0010):
-- summaries and name searches on behalf of a user read them as `tepat_scoped`.

-- Word keys and their deletion variants only: no person, no region, no count. A name search
-- widens its query words through them before looking for people, whose own policy then applies;
-- every scope needs the same list, so there is nothing to hold back by region.
GRANT SELECT ON registry_name_variant TO tepat_scoped;

-- Counts per desa (or per unresolved place): another desa's counts are that desa's people,
-- summed. A row counts the place in its region_code, which follows the rule of the golden
-- records it counts (their region, else the build's scope), so a summary from the stored counts
-- shows what one counted from the visible versions would.
GRANT SELECT ON registry_region_count, registry_birth_count TO tepat_scoped;

ALTER TABLE registry_region_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_region_count_by_region ON registry_region_count FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(region_code));

ALTER TABLE registry_birth_count ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_birth_count_by_region ON registry_birth_count FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(region_code));
