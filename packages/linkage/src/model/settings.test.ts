import { describe, expect, it } from 'vitest';
import { buildRecordTable } from '../records/index.js';
import { defaultPersonSettings } from './default-settings.js';
import { LinkageSettingsError, parseLinkageSettings } from './settings.js';

const table = buildRecordTable([{ source: 's', recordId: '1', name: 'SITI' }]);

function issuesOf(input: unknown, withTable = false): string[] {
  try {
    parseLinkageSettings(input, withTable ? table : undefined);
  } catch (error) {
    if (error instanceof LinkageSettingsError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseLinkageSettings', () => {
  it('accepts the default settings, fills defaults, and survives JSON', () => {
    const settings = parseLinkageSettings(JSON.parse(JSON.stringify(defaultPersonSettings())));
    expect(settings.maxBlockSize).toBe(2000);
    expect(settings.training.recall).toBe(0.8);
    expect(settings.termFrequency[0]).toEqual({ comparison: 'name', minU: 1e-5, weight: 1 });
    expect(parseLinkageSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it('names columns the record table lacks', () => {
    const settings = defaultPersonSettings();
    settings.blockingRules = [{ name: 'x', on: [{ column: 'nikk' }] }];
    const issues = issuesOf(settings, true);
    expect(issues).toContain('blockingRules[0].on[0]: missing column nikk');
    expect(issues.some((i) => i.startsWith('comparisons[1]: missing column nik'))).toBe(false);
  });

  it('refuses levels out of order, with the level’s path', () => {
    const settings = defaultPersonSettings();
    const name = settings.comparisons[0]!;
    settings.comparisons[0] = {
      ...name,
      levels: [
        { kind: 'jaroWinkler', threshold: 0.88, label: 'a' },
        { kind: 'jaroWinkler', threshold: 0.95, label: 'b' },
        { kind: 'null', label: 'n' },
        { kind: 'else', label: 'e' },
      ],
    };
    const issues = issuesOf(settings);
    expect(issues).toContain(
      'comparisons[0].levels[1]: levels out of order: jaroWinkler threshold 0.95 after 0.88',
    );
    expect(issues).toContain('comparisons[0].levels[2]: the null level must be the first');
  });

  it('refuses contradictory thresholds and dangling TF settings', () => {
    const settings = defaultPersonSettings();
    settings.thresholds = { match: 0.9, review: 0.95 };
    expect(issuesOf(settings)).toEqual([
      'thresholds.review: contradictory thresholds: review must be below match',
    ]);
    settings.thresholds = { match: 0.9 };
    settings.termFrequency = [{ comparison: 'sex' }, { comparison: 'shoe size' }];
    settings.comparisons[3] = {
      name: 'sex',
      column: 'sex',
      levels: [
        { kind: 'null', label: 'n' },
        { kind: 'else', label: 'e' },
      ],
    };
    expect(issuesOf(settings)).toEqual([
      'termFrequency[0].comparison: sex has no exact level',
      'termFrequency[1].comparison: no comparison named shoe size',
    ]);
  });

  it('says what a level needs', () => {
    const settings = defaultPersonSettings();
    settings.comparisons = [
      {
        name: 'x',
        column: 'x',
        levels: [{ kind: 'jaroWinkler', label: 'j' } as never, { kind: 'else', label: 'e' }],
      },
    ];
    expect(issuesOf(settings)).toEqual(['comparisons[0].levels[0]: jaroWinkler needs threshold']);
    expect(new LinkageSettingsError(['a: b']).message).toContain('  - a: b');
  });
});
