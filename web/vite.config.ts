/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * One origin for the browser: the app, and each service under /api/<service>/ (the prefix taken
 * off on the way). The same layout as the Helm chart's Ingress, so the app never depends on CORS. Where each service and the identity
 * provider are comes from the environment (./sammen up and the end-to-end tests set them).
 */
const services = ['plans', 'referrals', 'offers', 'analytics'] as const;
const defaultPorts: Record<(typeof services)[number], number> = { plans: 8081, referrals: 8082, offers: 8083, analytics: 8084 };

function proxies(): Record<string, ProxyOptions> {
  return Object.fromEntries(services.map((service) => {
    const target = process.env[`SAMMEN_${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${defaultPorts[service]}`;
    const prefix = `/api/${service}`;
    return [prefix, {
      target,
      changeOrigin: true,
      rewrite: (path: string) => path.slice(prefix.length) || '/',
    } satisfies ProxyOptions];
  }));
}

/**
 * The app's runtime configuration, /config.json: which identity provider and client to sign in
 * with. Served here from the environment; a static host serves a file of the same shape, so one
 * build runs against the development identity provider and Keycloak alike.
 */
function runtimeConfig(): Plugin {
  const body = () => JSON.stringify({
    authority: process.env.SAMMEN_OIDC_AUTHORITY ?? 'http://127.0.0.1:9000',
    clientId: process.env.SAMMEN_OIDC_CLIENT_ID ?? 'sammen-web',
    scope: process.env.SAMMEN_OIDC_SCOPE ?? 'openid profile',
  });
  // Returns nothing: a function returned from these hooks would be run as a later middleware hook.
  const serve = (server: { middlewares: { use: (path: string, handler: (req: unknown, res: any) => void) => unknown } }): void => {
    server.middlewares.use('/config.json', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(body());
    });
  };
  return { name: 'sammen-runtime-config', configureServer: serve, configurePreviewServer: serve };
}

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  server: { port: 5173, host: '127.0.0.1', proxy: proxies() },
  preview: { port: 5173, host: '127.0.0.1', proxy: proxies() },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
