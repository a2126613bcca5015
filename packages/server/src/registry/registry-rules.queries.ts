/** SQL of the stored rule overrides (`registry_rule`) and the use cases around them. */
import { TepatError } from '@tepat/domain';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../db/index.js';
import { mergeRules, ruleSchemaOf, type RegistryRules } from './registry-rules.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** The rules in force: the defaults with every stored override laid over them. */
export async function loadRules(client: Queryable): Promise<RegistryRules> {
  const r = await client.query<{ name: string; rule: unknown }>(
    'SELECT name, rule FROM registry_rule ORDER BY name',
  );
  return mergeRules(r.rows);
}

/** The stored overrides, with who changed them when. */
export async function listRuleOverrides(db: Db) {
  const r = await sql<{ name: string; rule: unknown; updated_by: string; updated_at: Date }>`
    SELECT name, rule, updated_by, updated_at FROM registry_rule ORDER BY name`.execute(db);
  return r.rows.map((x) => ({ name: x.name, rule: x.rule, updatedBy: x.updated_by, updatedAt: x.updated_at.toISOString() })); // prettier-ignore
}

/**
 * Stores a data steward's rule for one field (`person.name`, `family.pkh`, …) or `status`;
 * `null` goes back to the default. Applies from the next build. Returns the rule stored.
 */
export async function setRegistryRule(
  db: Db,
  name: string,
  rule: unknown,
  updatedBy: string,
): Promise<unknown> {
  const schema = ruleSchemaOf(name);
  if (!schema) throw new TepatError('registry.rule_unknown', { value: name });
  if (rule === null) {
    await sql`DELETE FROM registry_rule WHERE name = ${name}`.execute(db);
    return null;
  }
  const parsed = schema.safeParse(rule);
  if (!parsed.success) {
    throw new TepatError('registry.rule_invalid', {
      value: name,
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || '/'} ${i.message}`).join('; '),
    });
  }
  await sql`INSERT INTO registry_rule (name, rule, updated_by)
    VALUES (${name}, ${JSON.stringify(parsed.data)}::jsonb, ${updatedBy})
    ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, updated_by = excluded.updated_by,
      updated_at = now()`.execute(db);
  return parsed.data;
}
