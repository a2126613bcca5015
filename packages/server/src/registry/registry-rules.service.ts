/**
 * A data steward's rules, read and changed: the rules in force (defaults with the overrides laid
 * over them), the overrides with who set them, and a change of one rule that commits together
 * with its audit entry (`rule.change`, the rule before and after). Rules apply from the next
 * registry build.
 */
import { recordAudit, type AuditActor } from '../audit/index.js';
import type { Db } from '../db/index.js';
import { defaultRegistryRules, mergeRules, ruleNames } from './registry-rules.js';
import { listRuleOverrides, setRegistryRule } from './registry-rules.queries.js';

/** Every rule in force, the defaults, and the overrides stored. */
export async function readRegistryRules(db: Db) {
  const overrides = await listRuleOverrides(db);
  return {
    names: [...ruleNames],
    inForce: mergeRules(overrides),
    defaults: defaultRegistryRules,
    overrides,
  };
}

/** Changes one rule (`null`: back to the default) and records who did, from what to what. */
export async function changeRegistryRule(
  db: Db,
  name: string,
  rule: unknown,
  actor: AuditActor,
): Promise<Awaited<ReturnType<typeof readRegistryRules>>> {
  await db.transaction().execute(async (tx) => {
    const before = (await listRuleOverrides(tx)).find((o) => o.name === name)?.rule ?? null;
    const after = await setRegistryRule(tx, name, rule, actor.username);
    await recordAudit(tx, actor, {
      action: 'rule.change',
      targetType: 'registry_rule',
      targetId: name,
      detail: { before: before as never, after: after as never },
    });
  });
  return readRegistryRules(db);
}
