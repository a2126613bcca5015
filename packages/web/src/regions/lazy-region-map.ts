import { lazy } from 'react';

/** The boundary map, loaded on first use so ECharts stays out of the first bundle. */
export const LazyRegionMap = lazy(() => import('./region-map.js'));
export type { RegionMapProps } from './region-map.js';
