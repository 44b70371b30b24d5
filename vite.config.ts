import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphData } from './vite-plugins/graph-data.ts';

export default defineConfig({
  plugins: [react(), graphData()],
  build: { chunkSizeWarningLimit: 1024 },
});
