import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Static HTML only: the site must run on any static host or CDN.
  output: 'export',
  // Every page is written as `name.html`; the static servers map clean URLs onto them.
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // lib/enhancement-script.ts runs esbuild while pages render; its native binary is
  // loaded from node_modules, not bundled.
  serverExternalPackages: ['esbuild'],
};

export default nextConfig;
