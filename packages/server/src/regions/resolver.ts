/**
 * The region resolver: turns what real files hold — Kemendagri codes with or without dots, BPS
 * codes, names in any case with kind words (`Kab.`, `KEC.`), old spellings and typos, or a path
 * of such parts from province down — into Kemendagri regions. Pure: an index in, an answer out.
 *
 * It never guesses silently. `resolved` means one region is clearly best; two equally good ones
 * give `ambiguous` with both; nothing close gives `unknown` with at most 5 suggestions.
 * Confidence: 1 for a code or an exact name (case and spacing aside); 0.95 for a name found after
 * normalisation (kind words, punctuation, merged words, old spellings, aliases); at most 0.9 for
 * a typo: 0.9 × (1 − edits / letters), see region-names-distance.ts for what counts as a typo.
 * Exact and normalised hits form one tier: two of them are ambiguous. A typo match is taken
 * only when no other typo match is as close. A path takes the lowest confidence of its parts and
 * the method of its last part; when a part is ambiguous, the later parts may settle it
 * (`PROBOLINGGO` then kecamatan `KEDOPOK` can only be Kota Probolinggo).
 *
 * Scope: each part is looked for strictly inside the region the previous part (or
 * `options.within`) found. A part that matches nothing inside but names that region or an
 * ancestor agrees with it and is passed over (a `JAWA TIMUR` column in a file resolved within
 * Kota Probolinggo); when only ancestors were named, the answer is `unknown`, never the scope.
 * A code outside the scope is `unknown`, its `nearest` holding the region the code does denote,
 * with confidence 0, to say why. Blank parts (an empty DESA column) are skipped.
 */
import { isWithin, parseRegionCode, type RegionLevel } from '@tepat/domain';
import { readRegionQuery } from './region-names.js';
import {
  fitsReading,
  isInside,
  isLineageOf,
  namedHits,
  nearestNames,
  ranked,
  toCandidate,
  typoHits,
  type Hit,
  type IndexedRegion,
  type RegionIndex,
} from './resolver-index.js';
import type {
  RegionCandidate,
  RegionQueryPart,
  ResolveMethod,
  ResolveOptions,
  Resolution,
} from './regions.js';

export { createRegionIndex, type RegionIndex } from './resolver-index.js';

/** Most candidates an ambiguous answer lists (a common desa name occurs hundreds of times). */
const maxCandidates = 20;

type PartOutcome =
  | { kind: 'hits'; hits: Hit[]; clear: boolean; lineage: boolean }
  | { kind: 'none'; nearest: RegionCandidate[] };

type Walk =
  | { status: 'resolved'; reached: Hit; alsoInside?: RegionCandidate[] }
  | { status: 'ambiguous'; at: number; candidates: RegionCandidate[] }
  | { status: 'unknown'; at: number; nearest: RegionCandidate[] };

interface Context {
  index: RegionIndex;
  parts: RegionQueryPart[];
  codeSystem: 'kemendagri' | 'bps' | 'any';
}

export function resolveRegion(
  index: RegionIndex,
  parts: readonly (RegionQueryPart | string)[] | RegionQueryPart | string,
  options: ResolveOptions = {},
): Resolution {
  const list = typeof parts === 'string' || !Array.isArray(parts) ? [parts] : parts;
  const query = (list as readonly (RegionQueryPart | string)[]).map((p) =>
    typeof p === 'string' ? { text: p } : p,
  );
  const input = query.map((p) => p.text);
  let scope: IndexedRegion | undefined;
  if (options.within !== undefined) {
    const code = parseRegionCode(options.within);
    scope = code === undefined ? undefined : index.byCode.get(code);
    if (scope === undefined) return { status: 'unknown', input, at: 0, nearest: [] };
  }
  const ctx: Context = { index, parts: query, codeSystem: options.codeSystem ?? 'any' };
  const walked = walk(ctx, 0, scope, undefined, undefined);
  switch (walked.status) {
    case 'resolved': {
      const { region, confidence, method } = walked.reached;
      return {
        status: 'resolved',
        input,
        region: toCandidate(index, region, confidence),
        method,
        confidence,
        ...(walked.alsoInside ? { alsoInside: walked.alsoInside } : {}),
      };
    }
    case 'ambiguous':
      return { status: 'ambiguous', input, at: walked.at, candidates: walked.candidates };
    case 'unknown':
      return { status: 'unknown', input, at: walked.at, nearest: walked.nearest };
  }
}

function nextPart(parts: RegionQueryPart[], from: number): number | undefined {
  for (let i = from; i < parts.length; i++) if (parts[i]?.text.trim()) return i;
  return undefined;
}

/** The weakest link of a path decides its confidence; the last part names the method. */
function follow(reached: Hit | undefined, hit: Hit): Hit {
  const confidence = Math.min(reached?.confidence ?? 1, hit.confidence);
  return { region: hit.region, method: hit.method, confidence };
}

function walk(
  ctx: Context,
  from: number,
  scope: IndexedRegion | undefined,
  reached: Hit | undefined,
  ancestorsNamed: { at: number; hits: Hit[] } | undefined,
): Walk {
  const i = nextPart(ctx.parts, from);
  const part = i === undefined ? undefined : ctx.parts[i];
  if (i === undefined || part === undefined) {
    if (reached) return { status: 'resolved', reached };
    const nearest = (ancestorsNamed?.hits ?? []).map((h) => toCandidate(ctx.index, h.region, 0));
    return { status: 'unknown', at: ancestorsNamed?.at ?? 0, nearest };
  }
  const outcome = findPart(ctx, part, scope);
  if (outcome.kind === 'none') return { status: 'unknown', at: i, nearest: outcome.nearest };
  if (outcome.lineage) {
    const self = outcome.hits.find((h) => h.region === scope);
    if (self) return walk(ctx, i + 1, scope, follow(reached, self), undefined);
    return walk(ctx, i + 1, scope, reached, { at: i, hits: outcome.hits });
  }
  const [best] = outcome.hits;
  if (outcome.clear && best) return walk(ctx, i + 1, best.region, follow(reached, best), undefined);
  // A kecamatan and the kelurahan of the same name inside it (Kedopok, Kademangan): the outer
  // region is right whichever was meant, so it is the answer, and the inner ones are named with
  // it; a further part of the path may still go down into them.
  const outer = containingHit(outcome.hits);
  if (outer) {
    const walked = walk(ctx, i + 1, outer.region, follow(reached, outer), undefined);
    if (walked.status !== 'resolved' || nextPart(ctx.parts, i + 1) !== undefined) return walked;
    const inner = outcome.hits.filter((h) => h !== outer);
    return {
      ...walked,
      alsoInside: inner.map((h) => toCandidate(ctx.index, h.region, h.confidence)),
    };
  }
  // Several regions fit; when the later parts lead on from only one of them, that one is meant.
  // All of them are tried, not only those an answer would list, or a pick could be silent.
  if (nextPart(ctx.parts, i + 1) !== undefined) {
    const routes = outcome.hits
      .map((h) => walk(ctx, i + 1, h.region, follow(reached, h), undefined))
      .filter((w) => w.status !== 'unknown');
    if (routes.length === 1 && routes[0]) return routes[0];
  }
  const candidates = outcome.hits
    .slice(0, maxCandidates)
    .map((h) => toCandidate(ctx.index, h.region, h.confidence));
  return { status: 'ambiguous', at: i, candidates };
}

/**
 * Confidence from which a name match counts as the name itself: exact, or equal once case,
 * spacing and punctuation are set aside ("KARANGBAHAGIA" is "Karang Bahagia").
 */
const SAME_NAME = 0.95;

/**
 * The hit that contains every other hit and is at least as sure as each, if there is one. Two
 * matches of the same name count as equally sure, so spacing alone cannot turn the containing
 * region into an ambiguity.
 */
function containingHit(hits: Hit[]): Hit | undefined {
  return hits.find((outer) =>
    hits.every(
      (h) =>
        h === outer ||
        (isWithin(h.region.entry.code, outer.region.entry.code) &&
          (h.confidence <= outer.confidence ||
            (h.confidence >= SAME_NAME && outer.confidence >= SAME_NAME))),
    ),
  );
}

function findPart(
  ctx: Context,
  part: RegionQueryPart,
  scope: IndexedRegion | undefined,
): PartOutcome {
  const text = part.text.trim();
  const isCode = /^[\d.\-\s/]+$/.test(text);
  return isCode
    ? findByCode(ctx, text, part.level, scope)
    : findByName(ctx, text, part.level, scope);
}

function findByCode(
  ctx: Context,
  text: string,
  level: RegionLevel | undefined,
  scope: IndexedRegion | undefined,
): PartOutcome {
  const found: Hit[] = [];
  const add = (code: string, method: ResolveMethod): void => {
    const region = ctx.index.byCode.get(code);
    if (region && !found.some((h) => h.region === region))
      found.push({ region, confidence: 1, method });
  };
  if (ctx.codeSystem !== 'bps') {
    const code = parseRegionCode(text);
    if (code !== undefined) add(code, 'kemendagri-code');
  }
  // BPS writes its codes without separators, so a dotted code is read as Kemendagri only.
  const digits = text.replace(/\D/g, '');
  if (ctx.codeSystem === 'bps' || (ctx.codeSystem === 'any' && digits === text)) {
    for (const code of ctx.index.byBpsCode.get(digits) ?? []) add(code, 'bps-code');
  }
  const fits = found.filter((h) => level === undefined || h.region.entry.level === level);
  const inside = fits.filter((h) => isInside(h.region, scope));
  const usable = inside.length > 0 ? inside : fits.filter((h) => isLineageOf(h.region, scope));
  if (usable.length === 0) {
    return { kind: 'none', nearest: found.map((h) => toCandidate(ctx.index, h.region, 0)) };
  }
  // A bare code that means different regions in the two systems: neither is more likely.
  const hits = usable.map((h) => ({ ...h, confidence: usable.length === 1 ? 1 : 0.5 }));
  return { kind: 'hits', hits, clear: hits.length === 1, lineage: inside.length === 0 };
}

function findByName(
  ctx: Context,
  text: string,
  level: RegionLevel | undefined,
  scope: IndexedRegion | undefined,
): PartOutcome {
  // An explicit level (a KECAMATAN column) overrides what kind words say; conflicting readings go.
  const readings = readRegionQuery(text)
    .filter((r) => level === undefined || r.level === undefined || r.level === level)
    .map((r) => (level === undefined ? r : { ...r, level }));
  const named = (accept: (r: IndexedRegion) => boolean, ignoreKind = false): Hit[] =>
    namedHits(
      ctx.index,
      text,
      readings,
      (r, reading) => accept(r) && fitsReading(r, reading, ignoreKind),
    );
  const inside = named((r) => isInside(r, scope));
  if (inside.length > 0)
    return { kind: 'hits', hits: inside, clear: inside.length === 1, lineage: false };
  const lineage = named((r) => isLineageOf(r, scope));
  if (lineage.length > 0)
    return { kind: 'hits', hits: lineage, clear: lineage.length === 1, lineage: true };

  const { typos, near } = typoHits(ctx.index, readings, scope);
  const [best] = typos;
  if (best) {
    // Clear only when no other name is nearly as close, counting names whose tokens forbid the
    // edit (`TIGP BINANGA` is blocked from desa `Tiga Binanga` but must still cast doubt on
    // kecamatan `Tigabinanga`). From two edits on, a runner-up needs two more.
    const edits = best.edits ?? 0;
    const margin = edits >= 2 ? 2 : 1;
    const rivals = [...typos, ...near].filter((h) => h.region !== best.region);
    const clear = rivals.every((h) => (h.edits ?? 0) >= edits + margin);
    return { kind: 'hits', hits: ranked([...typos, ...near]), clear, lineage: false };
  }
  const wrongKind = named((r) => isInside(r, scope), true);
  return { kind: 'none', nearest: nearestNames(ctx.index, readings, scope, wrongKind) };
}
