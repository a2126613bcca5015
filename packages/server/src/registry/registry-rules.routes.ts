/**
 * HTTP door of the registry's rules: everyone may read the rules in force (no personal data; a
 * dashboard's statuses come from them); data stewards change one at a time, recorded in the
 * audit trail, applied from the next build.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import { requestActor } from '../audit/index.js';
import type { Db } from '../db/index.js';
import { FieldRuleSchema, StatusRuleSchema } from './registry-rules.js';
import { changeRegistryRule, readRegistryRules } from './registry-rules.service.js';

const tags = ['Registri / Registry'];

const RegistryRulesSchema = z.object({
  person: z.record(z.string(), FieldRuleSchema),
  family: z.record(z.string(), FieldRuleSchema),
  status: StatusRuleSchema,
});

const RulesSchema = z.object({
  names: z.array(z.string()).describe('every rule: person.<field>, family.<field>, status'),
  inForce: RegistryRulesSchema.describe('the defaults with the overrides laid over them'),
  defaults: RegistryRulesSchema,
  overrides: z.array(
    z.object({
      name: z.string(),
      rule: z.unknown(),
      updatedBy: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export function registryRuleRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/registry/rules', {
    config: { access: accessGroups.everyone },
    schema: {
      tags,
      summary: 'The survivorship and status rules in force, their defaults and the overrides',
      response: { 200: RulesSchema },
    },
    handler: () => readRegistryRules(db),
  });

  r.put('/api/registry/rules/:name', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Change one rule (null: back to the default); applies from the next build',
      params: z.object({ name: z.string().min(1).max(64) }),
      body: z.object({ rule: z.unknown() }),
      response: { 200: RulesSchema },
    },
    handler: (req) =>
      changeRegistryRule(db, req.params.name, req.body.rule ?? null, requestActor(req)),
  });
}
