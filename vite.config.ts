import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The admin SPA lives in admin/ and is built to dist/admin, which the Express server serves at /.
export default defineConfig({
  root: 'admin',
  plugins: [react()],
  build: {
    outDir: '../dist/admin',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.PORT || 3000}` },
  },
});
