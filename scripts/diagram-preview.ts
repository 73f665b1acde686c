/**
 * Every diagram with every highlight on one page, for drawing and reviewing them:
 * `npx tsx scripts/diagram-preview.ts [view]` writes .bench-work/diagrams.html and a screenshot
 * of it at phone and desktop widths (.bench-work/diagrams-<width>.png). The page uses the
 * site's own colours and diagram styles from app/globals.css, without building the site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from '@playwright/test';
import { AnatomyFigure } from '../components/AnatomyFigure';
import { brandCss } from '../lib/brand';
import { siteConfig } from '../lib/site-config';
import { DIAGRAM_PARTS, DIAGRAM_VIEWS, isDiagramView } from '../lib/diagrams';
import { findChromium } from './find-tools';

const only = process.argv[2];
if (only !== undefined && !isDiagramView(only)) {
  console.error(`Unknown view "${only}"; the views are ${DIAGRAM_VIEWS.join(', ')}.`);
  process.exit(1);
}
const views = only ? [only] : DIAGRAM_VIEWS;

const css = readFileSync('app/globals.css', 'utf8');
const theme = /@theme \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
const diagramCss = css.slice(css.indexOf('/* Anatomical diagrams'));

const figures = views.flatMap((view) =>
  DIAGRAM_PARTS[view].map((highlight) =>
    renderToStaticMarkup(
      createElement(AnatomyFigure, { view, highlight, purpose: 'where-it-goes' }),
    ),
  ),
);
const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Diagrams</title>
<style>${brandCss(siteConfig.brand)} :root{${theme}} body{font-family:system-ui,sans-serif;font-size:18px;line-height:1.5;margin:0;padding:16px;color:var(--color-ink)}
.grid{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.grid .anatomy-figure{width:100%;margin:0}
${diagramCss}</style><div class="grid">${figures.join('')}</div></html>`;

const outDir = '.bench-work';
mkdirSync(outDir, { recursive: true });
const file = path.resolve(outDir, 'diagrams.html');
writeFileSync(file, html);
console.log(`${file}: ${figures.length} figures`);

const browser = await chromium.launch({ executablePath: findChromium().path });
for (const width of [320, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`file://${file}`);
  if (width > 400) await page.addStyleTag({ content: '.grid .anatomy-figure{width:28rem}' });
  const shot = path.join(outDir, `diagrams-${width}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(shot);
}
await browser.close();
