/**
 * The audit trail's catalogue of actions, shared by the server (which records them) and the web
 * app (whose audit page filters by them): an action added here is offered by the filter too.
 */

/** Every action the trail knows; a typo in a door is a compile error, not a lost event. */
export const auditActions = [
  'person.read',
  'family.read',
  'search',
  'export',
  'import',
  'match',
  'registry.build',
  'rule.change',
  'review.read',
  'review.decision',
  'profile.change',
  'nik.reveal',
  'login.ok',
  'login.failed',
  'logout',
  'user.create',
  'user.change',
  'extract.create',
  'extract.revoke',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * The families a filter offers as one choice (`login` matches login.ok and login.failed, as
 * `GET /api/audit?action=` does); every other action is offered by itself.
 */
export const auditActionFamilies = ['login', 'user', 'extract'] as const;

type Family = (typeof auditActionFamilies)[number];
/** One choice of the filter: an action outside the families, or a family. */
export type AuditActionFilter = Exclude<AuditAction, `${Family}.${string}`> | Family;

/** The audit page's action filter: each action, those of a family as the family, in order. */
export const auditActionFilters: readonly AuditActionFilter[] = auditActions.reduce<AuditActionFilter[]>((out, a) => {
  const choice = (auditActionFamilies.find((f) => a.startsWith(`${f}.`)) ?? a) as AuditActionFilter;
  return out.includes(choice) ? out : [...out, choice];
}, []); // prettier-ignore

/** Whether an action filter (an action or a family) matches the action, as the server filters. */
export const auditFilterMatches = (filter: string, action: string) =>
  action === filter || action.startsWith(`${filter}.`);
