/**
 * Reads just enough of a PDF to check a printed handout (#12): how many pages it has and how
 * far down each page its text reaches. Made for the PDFs Chromium prints (plain object
 * dictionaries, Flate-compressed page content); not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

export type PdfPage = {
  /** The page's height in PDF points. */
  height: number;
  /**
   * How far down the page its lowest line of text sits, as a fraction of the page's height
   * (0 at the top edge, 1 at the bottom); 0 for a page without text.
   */
  textBottom: number;
};

type PdfObject = { dict: string; stream?: Buffer };
type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied first, then m2 (PDF's row-vector convention). */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [
    a * A + b * C,
    a * B + b * D,
    c * A + d * C,
    c * B + d * D,
    e * A + f * C + E,
    e * B + f * D + F,
  ];
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+0\s+obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    objects.set(Number(match[1]), { dict, stream: pdf.subarray(dataStart, dataEnd) });
    header.lastIndex = end;
  }
  return objects;
}

const refs = (value: string): number[] =>
  [...value.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));

/** The page objects in reading order, following the page tree from the catalog. */
function pageObjects(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const root = catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog.dict);
  if (!root) throw new Error('Not a PDF this reader understands: no page tree');
  const pages: PdfObject[] = [];
  const visit = (id: number) => {
    const node = objects.get(id);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict);
      for (const kid of refs(kids?.[1] ?? '')) visit(kid);
    } else if (/\/Type\s*\/Page\b/.test(node.dict)) pages.push(node);
  };
  visit(Number(root[1]));
  return pages;
}

function contentOf(page: PdfObject, objects: Map<number, PdfObject>): string {
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict);
  return refs(contents?.[1] ?? '')
    .map((id) => {
      const stream = objects.get(id);
      if (!stream?.stream) return '';
      const data = /\/FlateDecode/.test(stream.dict) ? inflateSync(stream.stream) : stream.stream;
      return data.toString('latin1');
    })
    .join('\n');
}

/** The lowest text baseline of a content stream, in PDF user space (y grows upward). */
function lowestTextY(content: string): number | undefined {
  const tokens =
    content.match(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|[^\s/<>[\]()]+|[[\]]/g) ??
    [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  let lineMatrix: Matrix = IDENTITY;
  let lowest: number | undefined;
  const operands: string[] = [];
  const numbers = (n: number) => operands.slice(-n).map(Number);
  for (const token of tokens) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token) || /^[<(/[\]]/.test(token)) {
      operands.push(token);
      continue;
    }
    switch (token) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(numbers(6) as Matrix, ctm);
        break;
      case 'BT':
        lineMatrix = IDENTITY;
        break;
      case 'Tm':
        lineMatrix = numbers(6) as Matrix;
        break;
      case 'Td':
      case 'TD': {
        const [tx = 0, ty = 0] = numbers(2);
        lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
        break;
      }
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        const [, , , , , y] = multiply(lineMatrix, ctm);
        lowest = lowest === undefined ? y : Math.min(lowest, y);
        break;
      }
    }
    operands.length = 0;
  }
  return lowest;
}

/** The pages of a PDF, each with its height and how far down its text reaches. */
export function readPdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  return pageObjects(objects).map((page) => {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(
      page.dict,
    );
    const [bottom, top] = box ? [Number(box[2]), Number(box[4])] : [0, 792];
    const height = top - bottom;
    const lowest = lowestTextY(contentOf(page, objects));
    return { height, textBottom: lowest === undefined ? 0 : (top - lowest) / height };
  });
}
