import { describe, expect, it } from 'vitest';
import { auditActionFilters, auditActions, auditFilterMatches } from './audit-actions.js';

describe('audit action filters', () => {
  it('offer every action through exactly one choice', () => {
    for (const action of auditActions)
      expect(auditActionFilters.filter((f) => auditFilterMatches(f, action))).toHaveLength(1);
  });

  it('offer a family for actions that share one and the others by themselves', () => {
    expect(auditActionFilters).toContain('login');
    expect(auditActionFilters).not.toContain('login.ok');
    expect(auditActionFilters).toContain('nik.reveal');
    expect(auditActionFilters).toContain('review.read');
    expect(auditActionFilters).toContain('review.decision');
    // Every choice matches something: none is left over from a renamed action.
    for (const f of auditActionFilters) expect(auditActions.some((a) => auditFilterMatches(f, a))).toBe(true); // prettier-ignore
  });
});
