/**
 * The site's one script (enhance/index.ts), bundled and minified by esbuild at build time.
 * Its file name carries a hash of its content, so it can be cached for good: a changed
 * script gets a new name. The layout links it and app/assets/[file]/route.ts serves it,
 * both in `next dev` and in the export, from this one place.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';

export type EnhancementScript = { fileName: string; path: string; code: string };

const ENTRY = path.join(process.cwd(), 'enhance', 'index.ts');
export const SCRIPT_FOLDER = '/assets/';

/** Whether an address is the site script's, whatever its hash. */
export const isSiteScript = (src: string): boolean =>
  new RegExp(`^${SCRIPT_FOLDER}site\\.[0-9a-f]{12}\\.js$`).test(src);

let built: EnhancementScript | undefined;

function build(): EnhancementScript {
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    tsconfig: path.join(process.cwd(), 'tsconfig.json'),
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const fileName = `site.${hash}.js`;
  return { fileName, path: `${SCRIPT_FOLDER}${fileName}`, code };
}

/** The bundle; rebuilt on every call in development, so edits show on reload. */
export function enhancementScript(): EnhancementScript {
  if (process.env.NODE_ENV === 'development') return build();
  built ??= build();
  return built;
}
