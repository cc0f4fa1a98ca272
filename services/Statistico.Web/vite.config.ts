import { defineConfig } from 'vite';

// The gateway serves the built UI from its wwwroot at "/", so the bundle is written there (and emptied first: the
// folder holds nothing but build output). `npm run dev` proxies /api to a running gateway.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../Statistico.Gateway/wwwroot',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.GATEWAY_URL ?? 'http://localhost:5170' },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
