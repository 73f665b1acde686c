import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [
      '.next/**',
      'out/**',
      '.contentlayer/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      '.bench-work/**',
      'out.previous/**',
    ],
  },
  {
    rules: {
      // Pages ship without the framework's client runtime (lib/framework-runtime.ts), so
      // links are plain anchors: next/link would add nothing but a client component.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
];

export default config;
