import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Workers are ES modules so they can share code-split chunks with each other.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: process.env.MURMUR_OUT_DIR ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  server: { port: 5173 },
  preview: { port: 5173 },
});
