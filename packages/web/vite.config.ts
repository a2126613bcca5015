import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built app is served by `tepat serve` from packages/web/dist on the same origin as the
// API; in development Vite proxies /api to a `tepat serve` on port 8080.
export default defineConfig({
  base: '/',
  plugins: [react()],
  // Mantine and React make the first chunk ~650 kB (200 kB gzipped); ECharts is split off with the map.
  // exceljs (~930 kB, 260 kB gzipped) is its own chunk, fetched only when a table is exported.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 950 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  preview: { proxy: { '/api': 'http://localhost:8080' } },
});
