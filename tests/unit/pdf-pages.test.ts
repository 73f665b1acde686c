import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '@/lib/pdf-pages';

/** A PDF as Chromium writes one: a page tree, and page content in a flipped, scaled space. */
function pdf(pages: readonly string[], { compress = true } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object 1 is the catalog, 2 the tree
  const kids = pages.map((content) => {
    const data = compress ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content);
    const stream = add(
      `<</Length ${data.length}${compress ? ' /Filter /FlateDecode' : ''}>>\nstream\n${data.toString('latin1')}\nendstream`,
    );
    return add(`<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R>>`);
  });
  const tree = `<</Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length}>>`;
  const all = ['<</Type /Catalog /Pages 2 0 R>>', tree, ...objects];
  return Buffer.from(
    `%PDF-1.4\n${all.map((body, i) => `${i + 1} 0 obj\n${body}\nendobj`).join('\n')}\n%%EOF`,
    'latin1',
  );
}

/** Text at `top` CSS pixels down a Letter page, the way Chromium places it. */
const textAt = (top: number) =>
  `q\n.75 0 0 -.75 0 792 cm\nBT\n/F4 16 Tf\n1 0 0 -1 10 ${top} Tm\n<29> Tj\n12.4 0 Td <3A> Tj\nET\nQ\n`;

describe('reading a printed PDF', () => {
  it('counts pages in reading order, not the page tree itself', () => {
    const pages = readPdfPages(pdf([textAt(100), textAt(500), textAt(1000)]));
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.height)).toEqual([792, 792, 792]);
  });

  it('says how far down each page its lowest text reaches', () => {
    const [first, second] = readPdfPages(pdf([textAt(100) + textAt(528), textAt(264)]));
    // 528 CSS px of a 1056 px (11 inch) page is half-way down.
    expect(first!.textBottom).toBeCloseTo(0.5, 3);
    expect(second!.textBottom).toBeCloseTo(0.25, 3);
  });

  it('follows nested transforms and restores them after Q', () => {
    const nested = `q\n.75 0 0 -.75 0 792 cm\nq\n1 0 0 1 0 264 cm\nBT\n1 0 0 -1 0 264 Tm\n(a) Tj\nET\nQ\nBT\n1 0 0 -1 0 100 Tm\n(b) Tj\nET\nQ\n`;
    expect(readPdfPages(pdf([nested]))[0]!.textBottom).toBeCloseTo(0.5, 3);
  });

  it('reads uncompressed content and reports a page without text as empty', () => {
    const pages = readPdfPages(pdf([textAt(792), 'q 0 0 10 10 re f Q'], { compress: false }));
    expect(pages[0]!.textBottom).toBeCloseTo(0.75, 3);
    expect(pages[1]!.textBottom).toBe(0);
  });

  it('refuses bytes that are not a PDF it understands', () => {
    expect(() => readPdfPages(Buffer.from('hello'))).toThrow('no page tree');
  });
});
