-- Regions: the Kemendagri reference (provinsi, kabupaten/kota, kecamatan, desa/kelurahan), the
-- BPS codes that stand for them, and their boundaries for maps.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE region (
  code text PRIMARY KEY
    CHECK (code ~ '^[0-9]{2}([.][0-9]{2}([.][0-9]{2}([.][0-9]{4})?)?)?$'),
  level text NOT NULL CHECK (level IN ('provinsi', 'kabkota', 'kecamatan', 'desa')),
  kind text NOT NULL
    CHECK (kind IN ('provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan', 'desa_adat')),
  parent_code text REFERENCES region (code),
  name text NOT NULL,
  retired_at timestamptz,
  CHECK ((level = 'provinsi') = (parent_code IS NULL))
);
CREATE INDEX region_parent_code_idx ON region (parent_code);

COMMENT ON TABLE region IS 'Kemendagri administrative regions (Kepmendagri 300.2.2-2138/2025, via idn-area-data).';
COMMENT ON COLUMN region.code IS 'Kemendagri code with dots: PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD.';
COMMENT ON COLUMN region.level IS 'provinsi, kabkota, kecamatan or desa (desa and kelurahan alike).';
COMMENT ON COLUMN region.kind IS 'kabupaten/kota from the kab/kota code (71-99 = kota); kelurahan/desa/desa_adat from the first digit of the desa part (1/2/3).';
COMMENT ON COLUMN region.parent_code IS 'The region one level up; NULL for a province.';
COMMENT ON COLUMN region.retired_at IS 'Set when a newer reference no longer lists the code (kept because records may still point to it).';

CREATE TABLE region_bps_code (
  bps_code text NOT NULL,
  code text NOT NULL REFERENCES region (code),
  bps_name text NOT NULL,
  source text NOT NULL,
  PRIMARY KEY (bps_code, code)
);
CREATE INDEX region_bps_code_code_idx ON region_bps_code (code);

COMMENT ON TABLE region_bps_code IS 'BPS region codes and the Kemendagri region each stands for (BPS-Kemendagri bridging 2020 and the BPS poverty tables). BPS and Kemendagri codes differ for 199 of 514 kab/kota: never derive one from the other.';
COMMENT ON COLUMN region_bps_code.bps_code IS 'BPS code without dots: 2 digits provinsi, 4 kab/kota, 7 kecamatan.';
COMMENT ON COLUMN region_bps_code.source IS 'Which crosswalk file gave the pair.';

CREATE TABLE region_boundary (
  code text PRIMARY KEY REFERENCES region (code),
  geometry jsonb NOT NULL,
  source text NOT NULL
);

COMMENT ON TABLE region_boundary IS 'Indicative boundary polygons (cahyadsn/wilayah_boundaries, MIT) for drawing maps without tiles.';
COMMENT ON COLUMN region_boundary.geometry IS 'GeoJSON Polygon or MultiPolygon in [longitude, latitude], coordinates rounded to 5 decimals (about 1 m).';

CREATE TABLE reference_dataset (
  name text PRIMARY KEY,
  version text NOT NULL,
  row_count integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE reference_dataset IS 'Which version of each shipped reference data set is loaded, so that start-up reloads only what changed.';
