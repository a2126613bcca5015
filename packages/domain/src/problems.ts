/**
 * The one problem catalogue of Tepat. Every error or warning that reaches a person — through the
 * HTTP API, the `tepat` command or an import report — is a `Problem`: a stable machine code, a
 * severity, and data saying where it happened (file, row, column, value). Messages are rendered
 * from here in Bahasa Indonesia (default) or English, each with what to do about it.
 */

import { accessProblems } from './problems/access.js';
import type { Definition, ProblemData, Severity } from './problems/definition.js';
import { extractsProblems } from './problems/extracts.js';
import { identityProblems } from './problems/identity.js';
import { importsProblems } from './problems/imports.js';
import { matchingProblems } from './problems/matching.js';
import { ingestProblems } from './problems/ingest.js';
import { linkFilesProblems } from './problems/link-files.js';
import { regionsProblems } from './problems/regions.js';
import { registryProblems } from './problems/registry.js';
import { scopeProblems } from './problems/scope.js';
import { systemProblems } from './problems/system.js';

export type { ProblemData, Severity } from './problems/definition.js';
export type Lang = 'id' | 'en';
const definitions = {
  ...identityProblems,
  ...regionsProblems,
  ...ingestProblems,
  ...importsProblems,
  ...matchingProblems,
  ...systemProblems,
  ...linkFilesProblems,
  ...registryProblems,
  ...scopeProblems,
  ...accessProblems,
  ...extractsProblems,
} as const satisfies Record<string, Definition>;

export type ProblemCode = keyof typeof definitions;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  data: ProblemData;
}

export const problemCodes = Object.keys(definitions) as ProblemCode[];

export function problem(code: ProblemCode, data: ProblemData = {}): Problem {
  return { code, severity: definitions[code].severity, data };
}

function location(d: ProblemData, lang: Lang): string {
  const parts: string[] = [];
  if (d.file !== undefined) parts.push(lang === 'id' ? `berkas ${d.file}` : `file ${d.file}`);
  if (d.row !== undefined) parts.push(lang === 'id' ? `baris ${d.row}` : `row ${d.row}`);
  if (d.column !== undefined)
    parts.push(lang === 'id' ? `kolom ${d.column}` : `column ${d.column}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/** The message alone, in the chosen language, prefixed with where it happened. */
export function problemMessage(p: Problem, lang: Lang = 'id'): string {
  const def: Definition = definitions[p.code];
  return location(p.data, lang) + (lang === 'id' ? def.id(p.data) : def.en(p.data));
}

/**
 * A problem kind in words, for lists and filters that name kinds rather than one occurrence:
 * the message with "…" wherever an occurrence would give its value, and no location.
 */
export function problemTitle(code: ProblemCode, lang: Lang = 'id'): string {
  const def: Definition = definitions[code];
  const any = new Proxy({}, { get: () => '…' });
  return lang === 'id' ? def.id(any) : def.en(any);
}

/** What to do about it, if the catalogue knows. */
export function problemHint(p: Problem, lang: Lang = 'id'): string | undefined {
  const def: Definition = definitions[p.code];
  return lang === 'id' ? def.hintId?.(p.data) : def.hintEn?.(p.data);
}

/** An exception that carries a catalogued problem, thrown by services and rendered by the doors. */
export class TepatError extends Error {
  readonly problem: Problem;
  constructor(code: ProblemCode, data: ProblemData = {}, options?: { cause?: unknown }) {
    // The message carries only the code: values (a NIK, a name) must never reach a log line.
    super(code, options);
    const p = problem(code, data);
    this.name = 'TepatError';
    this.problem = p;
  }
}

export function isTepatError(e: unknown): e is TepatError {
  return e instanceof TepatError;
}
