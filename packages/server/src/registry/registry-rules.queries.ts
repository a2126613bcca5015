/** SQL of the stored rule overrides (`registry_rule`) and the use cases around them. */
import { TepatError } from '@tepat/domain';
import type pg from 'pg';
import { mergeRules, ruleSchemaOf, type RegistryRules } from './registry-rules.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** The rules in force: the defaults with every stored override laid over them. */
export async function loadRules(client: Queryable): Promise<RegistryRules> {
  const r = await client.query<{ name: string; rule: unknown }>(
    'SELECT name, rule FROM registry_rule ORDER BY name',
  );
  return mergeRules(r.rows);
}

/**
 * Stores a data steward's rule for one field (`person.name`, `family.pkh`, …) or `status`;
 * `null` goes back to the default. Applies from the next build.
 */
export async function setRegistryRule(
  client: Queryable,
  name: string,
  rule: unknown,
  updatedBy: string,
): Promise<void> {
  const schema = ruleSchemaOf(name);
  if (!schema) throw new TepatError('registry.rule_unknown', { value: name });
  if (rule === null) {
    await client.query('DELETE FROM registry_rule WHERE name = $1', [name]);
    return;
  }
  const parsed = schema.safeParse(rule);
  if (!parsed.success) {
    throw new TepatError('registry.rule_invalid', {
      value: name,
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || '/'} ${i.message}`).join('; '),
    });
  }
  await client.query(
    `INSERT INTO registry_rule (name, rule, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, updated_by = excluded.updated_by,
       updated_at = now()`,
    [name, JSON.stringify(parsed.data), updatedBy],
  );
}
