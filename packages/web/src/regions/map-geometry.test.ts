import { describe, expect, it } from 'vitest';
import type { BoundaryCollection } from '../api/index.js';
import { aspectScaleFor, escapeHtml, latitudeRange } from './map-geometry.js';

const square = (lat: number): BoundaryCollection => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kode: '35.74.05', nama: 'Kedopok', level: 'kecamatan' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [113, lat],
              [113.1, lat],
              [113.1, lat + 0.1],
              [113, lat],
            ],
          ],
        ],
      },
    },
  ],
});

describe('map geometry', () => {
  it('finds the latitude extent through nested polygon rings', () => {
    expect(latitudeRange(square(-7.8))).toEqual([-7.8, -7.8 + 0.1]);
  });

  it('keeps shapes near the equator almost unsquashed', () => {
    expect(aspectScaleFor(square(-7.8))).toBeCloseTo(Math.cos((-7.75 * Math.PI) / 180), 5);
    expect(aspectScaleFor({ type: 'FeatureCollection', features: [] })).toBe(1);
  });

  it('escapes names for the HTML tooltip', () => {
    expect(escapeHtml(`Soka'an <b>`)).toBe('Soka&#39;an &#60;b&#62;');
  });
});
