export { RegionBrowserPage } from './region-browser-page.js';
