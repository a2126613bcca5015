-- Profiles a data steward made in the web app's profile editor. The built-in profiles (dtks,
-- regsosek, p3ke, dtsen) live in code and are never stored here; a saved profile is found by
-- its name by `tepat import <name>` and by imports started in the web app.

CREATE TABLE source_profile (
  name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_-]*$'),
  profile jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);

COMMENT ON TABLE source_profile IS 'Custom mapping profiles (column → field, value codes, date format) saved from the web app.';
COMMENT ON COLUMN source_profile.profile IS 'The profile as SourceProfileSchema validates it; its name equals the name column.';
COMMENT ON COLUMN source_profile.updated_by IS 'Who saved the last version (web until logins exist).';
