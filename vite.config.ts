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
    rolldownOptions: {
      output: {
        // Libraries change less often than our screens: separate chunks stay cached across deploys.
        // Only react is needed before sign-in; the rest load with the lazy App chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            { name: 'charts', test: /node_modules[\\/](@mui[\\/]x-|d3-|@mui[\\/]x-charts-vendor)/, priority: 30 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 20 },
            { name: 'react-admin', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.PORT || 3000}` },
  },
});
