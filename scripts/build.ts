/**
 * `npm run build`: the whole pipeline from Markdown to static files in out/.
 * Stages run in order and the first failure stops the build, so broken content never
 * reaches `next build` and never produces a site.
 */
import { spawnSync } from 'node:child_process';

type Stage = { name: string; command: string; args: string[] };

const stages: Stage[] = [
  { name: 'content check', command: 'npx', args: ['tsx', 'scripts/content-check.ts'] },
  { name: 'content build', command: 'npx', args: ['contentlayer2', 'build'] },
  { name: 'next build', command: 'npx', args: ['next', 'build'] },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

for (const stage of stages) {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  const result = spawnSync(stage.command, stage.args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${stage.name} failed after ${seconds}s; the site was not built.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${stage.name} (${seconds}s)`);
}
