import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from './vite-plugins/csp.ts';
import { graphData } from './vite-plugins/graph-data.ts';
import { preloadChunk } from './vite-plugins/preload-chunk.ts';

export default defineConfig({
  plugins: [react(), graphData(), preloadChunk('cytoscape.esm')],
  build: { chunkSizeWarningLimit: 1024 },
  preview: { headers: SECURITY_HEADERS },
});
