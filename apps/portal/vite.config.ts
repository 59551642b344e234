// Vite configuration of the portal. Build: `npx vite build --config apps/portal/vite.config.ts`.
// Output goes to dist/apps/portal, which the gateway serves at `/` with an SPA fallback.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/portal', import.meta.url));

export default defineConfig({
  root: portalRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // bench/cases/portal-bundles.bench.ts reads the manifest to find the first page's chunks.
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    port: Number(process.env.PORTAL_DEV_PORT ?? 5173),
    proxy: { '/graphql': process.env.ALLIANCE_GATEWAY_URL ?? 'http://localhost:4000' },
  },
});
