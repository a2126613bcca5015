export { RegionBrowserPage } from './region-browser-page.js';
export { LazyRegionMap, type RegionMapProps } from './lazy-region-map.js';
export { useBoundaries } from './region-view.js';
export { useRegionLabels } from './region-labels.js';
