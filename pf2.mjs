import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4010/search');
const r = await p.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  const s = await pf.search('neuropathic');
  const d = await Promise.all(s.results.slice(0, 8).map((r) => r.data()));
  const g = d.find((x) => x.url.includes('glossary'));
  const sc = (
    await Promise.all((await pf.search('sciatica')).results.slice(0, 1).map((r) => r.data()))
  )[0];
  return {
    g: {
      url: g.url,
      anchors: g.anchors.slice(0, 4),
      subs: g.sub_results.slice(0, 3),
      meta: g.meta,
      wc: g.word_count,
      words: g.content.split(/\s+/).length,
      wl: g.weighted_locations.slice(0, 3),
    },
    sc: {
      wc: sc.word_count,
      words: sc.content.split(/\s+/).length,
      tail: sc.content.slice(-200),
      meta: sc.meta,
    },
  };
});
console.log(JSON.stringify(r, null, 1));
await b.close();
