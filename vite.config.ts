import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from './vite-plugins/csp.ts';
import { graphData } from './vite-plugins/graph-data.ts';

export default defineConfig({
  plugins: [react(), graphData()],
  build: { chunkSizeWarningLimit: 1024 },
  preview: { headers: SECURITY_HEADERS },
});
