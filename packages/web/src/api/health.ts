import { getJson } from './client.js';

export interface Health {
  status: 'ok';
  version: string;
  database: { mode: 'embedded' | 'external' };
  /** How many regions of each level the loaded Kemendagri reference holds. */
  regions: { provinsi: number; kabkota: number; kecamatan: number; desa: number };
}

export function getHealth(signal?: AbortSignal): Promise<Health> {
  return getJson<Health>('/health', {}, signal);
}
