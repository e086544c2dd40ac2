import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (apps/api) serves the built files from apps/web/dist in production;
// in development the Vite server forwards /api to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source map in the served build: it would publish the whole source (4 MB) to anyone.
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});
