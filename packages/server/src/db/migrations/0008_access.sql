-- Access (issue 7): users with a role and a region scope, and their login sessions. Passwords
-- are kept only as argon2id hashes and session tokens only as SHA-256 hashes, so that a copy of
-- the database lets nobody sign in. Region scoping of data rows is another migration's business;
-- this one only says which region each user works in.

CREATE TABLE app_user (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE
    CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'wali-data', 'analis', 'opd',
    'operator-kecamatan', 'operator-desa', 'pendamping', 'mitra')),
  region_code text REFERENCES region (code),
  disabled_at timestamptz,
  must_change_password boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app_user IS 'People who sign in to Tepat: one role and one region scope each.';
COMMENT ON COLUMN app_user.username IS 'Login name, lower case; the only user detail that may appear in logs.';
COMMENT ON COLUMN app_user.password_hash IS 'argon2id hash in PHC string form ($argon2id$v=19$m=…); the password itself is never stored.';
COMMENT ON COLUMN app_user.role IS 'admin, wali-data, analis, opd, operator-kecamatan, operator-desa, pendamping or mitra (packages/domain/src/roles.ts).';
COMMENT ON COLUMN app_user.region_code IS 'The region the user works in: a desa for operator-desa, a kecamatan for operator-kecamatan, a kab/kota or province for the others; NULL means everything.';
COMMENT ON COLUMN app_user.disabled_at IS 'Set when an administrator disabled the account; a disabled user cannot sign in and has no live session.';
COMMENT ON COLUMN app_user.must_change_password IS 'True after a one-time password was issued: the user must choose their own before doing anything else.';
COMMENT ON COLUMN app_user.failed_logins IS 'Wrong passwords since the last successful login or lock; reaching the limit locks the account.';
COMMENT ON COLUMN app_user.locked_until IS 'No login is accepted before this time (set after repeated wrong passwords).';
COMMENT ON COLUMN app_user.created_by IS 'Who created the account: a username, or the command that did (tepat users add, first start, demo).';

CREATE TABLE user_session (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id bigint NOT NULL REFERENCES app_user (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  idle_timeout_seconds integer NOT NULL CHECK (idle_timeout_seconds > 0),
  ip text,
  revoked_at timestamptz
);
CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL;

COMMENT ON TABLE user_session IS 'Login sessions; the browser holds the token in an httpOnly cookie.';
COMMENT ON COLUMN user_session.token_hash IS 'SHA-256 (hex) of the session token; the token itself is never stored.';
COMMENT ON COLUMN user_session.csrf_token IS 'Synchroniser token the client must echo in the x-csrf-token header of every state-changing request.';
COMMENT ON COLUMN user_session.expires_at IS 'Absolute end of the session, whatever its activity.';
COMMENT ON COLUMN user_session.idle_timeout_seconds IS 'The session ends when unused for this long (last_seen_at + timeout).';
COMMENT ON COLUMN user_session.ip IS 'Address the session signed in from.';
COMMENT ON COLUMN user_session.revoked_at IS 'Set by logout, logout everywhere, a password change or reset, or disabling the user.';
