-- Purpose-bound extracts for partners (issue 7): a partner (role mitra: CSR, BAZNAS, a bank) sees
-- no personal data unless a data steward gives them, by name, the families one selection picked
-- from the registry, for one stated purpose under one agreement, until an expiry date. The
-- selection is evaluated once, when the extract is made: the families and the registry versions
-- approved are stored here, so the partner receives exactly what the steward saw counted.
--
-- Both tables hold personal links (which family is in whose extract): row-level security keeps
-- them to the reader's region scope, as migration 0010 does for the registry.

CREATE TABLE partner_extract (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient_user_id bigint NOT NULL REFERENCES app_user (id),
  recipient text NOT NULL,
  purpose text NOT NULL CHECK (char_length(purpose) BETWEEN 10 AND 500),
  reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 200),
  region_code text NOT NULL REFERENCES region (code),
  criteria jsonb NOT NULL,
  fields text[] NOT NULL CHECK (cardinality(fields) > 0),
  kk_in_full boolean NOT NULL DEFAULT false,
  family_count integer NOT NULL CHECK (family_count > 0),
  expires_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  revoked_at timestamptz,
  revoked_by text,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX partner_extract_recipient_idx ON partner_extract (recipient_user_id, id);
CREATE INDEX partner_extract_region_idx ON partner_extract (region_code text_pattern_ops);

COMMENT ON TABLE partner_extract IS 'A purpose-bound extract: the families a data steward gave one partner (mitra) user, for one purpose under one agreement, until it expires or is revoked.';
COMMENT ON COLUMN partner_extract.recipient_user_id IS 'The one mitra user who may download it; nobody else can, whatever their role.';
COMMENT ON COLUMN partner_extract.recipient IS 'That user''s username, as shown in lists.';
COMMENT ON COLUMN partner_extract.purpose IS 'What the data may be used for (UU 27/2022: only this), e.g. "Bantuan sembako BAZNAS Ramadan 2027"; printed on every download.';
COMMENT ON COLUMN partner_extract.reference IS 'The agreement or legal basis of the release: PKS/MoU number, decree.';
COMMENT ON COLUMN partner_extract.region_code IS 'The region the families were selected in; inside both the steward''s and the partner''s scope.';
COMMENT ON COLUMN partner_extract.criteria IS 'The selection as the steward made it: maxDecile, decileBasis, statuses, desa (extracts/extracts.ts).';
COMMENT ON COLUMN partner_extract.fields IS 'The columns released: headName, address, desa, kk, memberCount, decile, familyId, nik. Nothing else is ever in a download.';
COMMENT ON COLUMN partner_extract.kk_in_full IS 'No. KK released in full; false means masked (3574********0001).';
COMMENT ON COLUMN partner_extract.family_count IS 'Families stored at creation: the count the steward confirmed.';
COMMENT ON COLUMN partner_extract.expires_on IS 'Last day it may be downloaded (the server''s local date, as every Tepat date); at most one year after creation.';
COMMENT ON COLUMN partner_extract.created_by IS 'The steward who gave it (username, or the operating-system user of tepat extracts create).';
COMMENT ON COLUMN partner_extract.revoked_at IS 'Set when a steward revoked it: no download afterwards.';

CREATE TABLE partner_extract_family (
  extract_id bigint NOT NULL REFERENCES partner_extract (id),
  family_id text NOT NULL,
  family_version_id bigint NOT NULL REFERENCES registry_family (version_id),
  head_version_id bigint REFERENCES registry_person (version_id),
  region_code text NOT NULL,
  PRIMARY KEY (extract_id, family_id)
);

COMMENT ON TABLE partner_extract_family IS 'The families of an extract, fixed at creation, with the registry versions (family and head of family) approved then.';
COMMENT ON COLUMN partner_extract_family.family_version_id IS 'registry_family version open when the extract was made: a download shows these values, not later ones.';
COMMENT ON COLUMN partner_extract_family.head_version_id IS 'registry_person version of the head of family open then; NULL when the family names no head.';
COMMENT ON COLUMN partner_extract_family.region_code IS 'The family''s desa (or deepest known region) then: row-level security by region.';

-- Read by scope only, like the registry: a steward sees the extracts of their region, a partner's
-- download reads the families in the partner's own region.
GRANT SELECT ON partner_extract, partner_extract_family TO tepat_scoped;

ALTER TABLE partner_extract ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_extract_by_region ON partner_extract FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(region_code));

ALTER TABLE partner_extract_family ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_extract_family_by_region ON partner_extract_family FOR SELECT TO tepat_scoped
  USING (tepat_region_visible(region_code));
