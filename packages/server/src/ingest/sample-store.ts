/**
 * Sample files uploaded to the profile editor, kept on disk for a while so that each change of
 * the mapping can be previewed against the same file without sending it again. Few and short-
 * lived: the oldest go when there are too many, all go after an hour or when the server stops.
 */
import { randomUUID } from 'node:crypto';
import { TepatError } from '@tepat/domain';
import type { UploadedFile } from './uploads.js';

export interface Sample extends UploadedFile {
  id: string;
  addedAt: number;
}

export interface SampleStore {
  add(file: UploadedFile): Promise<Sample>;
  /** Throws `upload.sample_not_found` for an unknown or expired id. */
  get(id: string): Sample;
  clear(): Promise<void>;
}

export function createSampleStore({ maxSamples = 20, maxAgeMs = 60 * 60_000 } = {}): SampleStore {
  const samples = new Map<string, Sample>();

  async function evict(now: number): Promise<void> {
    const list = [...samples.values()].sort((a, b) => a.addedAt - b.addedAt);
    const over = list.length - maxSamples + 1;
    for (const [i, s] of list.entries()) {
      if (i < over || now - s.addedAt > maxAgeMs) {
        samples.delete(s.id);
        await s.remove();
      }
    }
  }

  return {
    async add(file) {
      const now = Date.now();
      await evict(now);
      const sample = { ...file, id: randomUUID(), addedAt: now };
      samples.set(sample.id, sample);
      return sample;
    },
    get(id) {
      const sample = samples.get(id);
      if (!sample || Date.now() - sample.addedAt > maxAgeMs) {
        throw new TepatError('upload.sample_not_found');
      }
      return sample;
    },
    async clear() {
      await Promise.all([...samples.values()].map((s) => s.remove()));
      samples.clear();
    },
  };
}
