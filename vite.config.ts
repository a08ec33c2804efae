import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './scripts/vite/offlinePlugin.ts';

// Workers are ES modules so they can share code-split chunks with each other.
export default defineConfig({
  plugins: [react(), offlinePlugin()],
  worker: { format: 'es', rolldownOptions: { checks: { bundlerTimings: false } } },
  build: {
    outDir: process.env.MURMUR_OUT_DIR ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    // Rolldown's yellow [PLUGIN_TIMINGS] note (plugins slow on a busy machine) read as an error.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { port: 5173 },
  preview: { port: 5173 },
});
