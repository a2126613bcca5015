/**
 * The noise configuration: for every error kind a rate (probability per applicable record or
 * field) and a description saying what the defect is and why that rate. The defaults live in
 * `packages/synth/noise.default.json`; a run may pass its own file. `--noise` multiplies every
 * rate (`scaleRates`), so 0 gives perfect copies and 2 a dirtier-than-usual region.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NOISE_KINDS, type NoiseKind, type NoiseRates } from './kinds.js';

const kindSchema = z.strictObject({
  /** Probability per applicable record or field at `--noise 1`, in [0, 1]. */
  rate: z.number().min(0).max(1),
  /** What the defect looks like in a real file and where the rate comes from. */
  description: z.string().min(1),
});

const kindsShape = Object.fromEntries(NOISE_KINDS.map((kind) => [kind, kindSchema])) as Record<
  NoiseKind,
  typeof kindSchema
>;

export const noiseConfigSchema = z.strictObject({
  description: z.string().optional(),
  kinds: z.strictObject(kindsShape),
});

export type NoiseConfig = z.infer<typeof noiseConfigSchema>;

export class NoiseConfigError extends Error {
  override name = 'NoiseConfigError';
}

/** Validates a parsed JSON value; the error lists every bad key by its path (`kinds.nik_empty.rate`). */
export function parseNoiseConfig(value: unknown, origin = 'noise config'): NoiseConfig {
  const result = noiseConfigSchema.safeParse(value);
  if (!result.success) {
    throw new NoiseConfigError(`${origin} is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The shipped defaults; resolves from `src/noise` and from `dist/noise` alike. */
export const defaultNoiseConfigUrl = new URL('../../noise.default.json', import.meta.url);

export function loadNoiseConfig(path: string | URL = defaultNoiseConfigUrl): NoiseConfig {
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new NoiseConfigError(`${String(path)} is not JSON: ${(error as Error).message}`);
  }
  return parseNoiseConfig(json, String(path));
}

/**
 * Every rate times `level` (the `--noise` option), clamped to [0, 1]. Level 0 turns all noise
 * off; the noise functions then return their input unchanged.
 */
export function scaleRates(config: NoiseConfig, level: number): NoiseRates {
  if (!Number.isFinite(level) || level < 0) {
    throw new RangeError(`noise level must be a number ≥ 0, got ${level}`);
  }
  const entries = NOISE_KINDS.map((kind) => {
    const rate = config.kinds[kind].rate * level;
    return [kind, Math.min(1, Math.max(0, rate))] as const;
  });
  return Object.fromEntries(entries) as Record<NoiseKind, number>;
}
