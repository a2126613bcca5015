/**
 * Small geometry helpers for drawing GeoJSON with ECharts' plain lng/lat projection. ECharts
 * squashes the y axis by `aspectScale` (0.75 by default, tuned for mid-latitudes); Indonesia lies
 * on the equator, so the right factor is cos(latitude) of the area shown, close to 1.
 */
import type { BoundaryCollection } from '../api/index.js';

type Position = readonly number[];

function* positions(coords: unknown): Generator<Position> {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    yield coords as Position;
    return;
  }
  for (const c of coords) yield* positions(c);
}

/** Latitude extent of all features, or undefined when there is no coordinate at all. */
export function latitudeRange(geojson: BoundaryCollection): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const feature of geojson.features) {
    const geometry = feature.geometry as { coordinates?: unknown } | null;
    for (const [, lat] of positions(geometry?.coordinates)) {
      if (lat === undefined) continue;
      if (lat < min) min = lat;
      if (lat > max) max = lat;
    }
  }
  return min <= max ? [min, max] : undefined;
}

/** ECharts `aspectScale` that keeps shapes true at the middle latitude of the area. */
export function aspectScaleFor(geojson: BoundaryCollection): number {
  const range = latitudeRange(geojson);
  if (range === undefined) return 1;
  const mid = ((range[0] + range[1]) / 2) * (Math.PI / 180);
  return Math.cos(mid);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
