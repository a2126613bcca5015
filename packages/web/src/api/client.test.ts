import { describe, expect, it } from 'vitest';
import { apiUrl } from './client.js';

describe('apiUrl', () => {
  it('repeats array values and drops undefined ones', () => {
    expect(
      apiUrl('/regions/resolve', { q: ['Kota Probolinggo', 'Kedopok'], within: undefined }),
    ).toBe('/api/regions/resolve?q=Kota+Probolinggo&q=Kedopok');
  });

  it('leaves a bare path alone', () => {
    expect(apiUrl('/boundaries', { parent: undefined })).toBe('/api/boundaries');
  });
});
