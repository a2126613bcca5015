/**
 * What changed between a DTSEN release and the previous one (`GET /api/batches/:id/changes`),
 * as the server's `releases` capability answers it.
 */
import { getJson } from './client.js';

export interface DecileMoves {
  same: number;
  up: number;
  down: number;
  unknown: number;
}

export interface ChangeCounts {
  familiesBefore: number;
  familiesAfter: number;
  added: number;
  removed: number;
  movedIn: number;
  movedOut: number;
  decileKabkota: DecileMoves;
  decileProvincial: DecileMoves;
  decileNational: DecileMoves;
  /** Families per kabupaten/kota decile move: index 0 is −9, 9 no move, 18 is +9. */
  kabkotaMoves: number[];
  rowsWithoutKkBefore: number;
  rowsWithoutKkAfter: number;
}

export interface DesaChanges extends ChangeCounts {
  desaCode: string | null;
  desaName: string | null;
  kecamatanName: string | null;
}

export interface ReleaseRef {
  id: number;
  fileName: string;
  asOf: string | null;
  importedAt: string;
  regionCode: string | null;
  rowCount: number;
}

export interface ReleaseChanges {
  batch: ReleaseRef;
  against: ReleaseRef;
  totals: ChangeCounts;
  desa: DesaChanges[];
}

export const getReleaseChanges = (id: number, signal?: AbortSignal) =>
  getJson<ReleaseChanges>(`/batches/${id}/changes`, {}, signal);
