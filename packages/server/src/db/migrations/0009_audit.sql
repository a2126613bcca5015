-- The audit trail (issue 7): who read, exported or changed what, when, from where. Append-only
-- and hash-chained: each event's hash covers the previous event's hash and a canonical
-- serialisation of the event (audit/audit-chain.ts), so removing or altering an event breaks
-- the chain at that event, which `tepat audit verify` reports. Writers append under a
-- transaction-level advisory lock, so the chain never forks and `seq` has no gaps.
--
-- No personal data in `detail`: ids, counts and filters as codes, never a NIK or a name.

CREATE TABLE audit_event (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  at timestamptz NOT NULL,
  actor_user_id text,
  actor_username text NOT NULL,
  actor_role text,
  actor_ip text,
  via text NOT NULL CHECK (via IN ('web', 'cli')),
  action text NOT NULL,
  target_type text,
  target_id text,
  detail jsonb NOT NULL DEFAULT '{}',
  row_count bigint,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_event_at_idx ON audit_event (at);
CREATE INDEX audit_event_action_idx ON audit_event (action, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, seq);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, seq);

COMMENT ON TABLE audit_event IS 'One audited event: a read of a person or family, a search, an export, a change, a login. Append-only (triggers refuse UPDATE, DELETE and TRUNCATE) and hash-chained.';
COMMENT ON COLUMN audit_event.seq IS 'Position in the chain, 1, 2, 3… without gaps: a gap is a deleted event.';
COMMENT ON COLUMN audit_event.at IS 'When the event was recorded (millisecond precision, part of the hash).';
COMMENT ON COLUMN audit_event.actor_user_id IS 'The user''s id when a logged-in user acted; null for the command line and anonymous requests. Text so it holds whatever key the users table has.';
COMMENT ON COLUMN audit_event.actor_username IS 'The user name, or the operating-system user for the command line, or `anonim` when nobody is logged in.';
COMMENT ON COLUMN audit_event.actor_role IS 'The user''s role at the time (admin, wali-data, …); null for the command line.';
COMMENT ON COLUMN audit_event.actor_ip IS 'The client address of an HTTP request; null for the command line.';
COMMENT ON COLUMN audit_event.via IS '`web` (HTTP API) or `cli` (the tepat command).';
COMMENT ON COLUMN audit_event.action IS 'What happened: person.read, family.read, search, export, import, match, registry.build, rule.change, review.decision, login.ok, login.failed, logout, user.create, …';
COMMENT ON COLUMN audit_event.target_type IS 'The kind of thing acted on (person, family, region, batch, review_pair, rule, user, …).';
COMMENT ON COLUMN audit_event.target_id IS 'Its id (registry id, batch number, region code…), never a NIK or a name.';
COMMENT ON COLUMN audit_event.detail IS 'Further facts as codes, ids and counts (filters, formats, results). Never personal data.';
COMMENT ON COLUMN audit_event.row_count IS 'Rows an export wrote or a search or import returned.';
COMMENT ON COLUMN audit_event.prev_hash IS 'The hash of event seq - 1 (64 zeros for the first).';
COMMENT ON COLUMN audit_event.hash IS 'Hex SHA-256 of prev_hash and the canonical serialisation of this event.';

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
