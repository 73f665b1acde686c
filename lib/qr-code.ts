/**
 * A QR code as an SVG drawing, made at build time: a printed handout carries a code that
 * phones can scan to open the page. Nothing is fetched.
 */
import QRCode from 'qrcode';

/**
 * The SVG markup of a QR code for `text`: one path on a white square, each run of dark
 * modules in a row drawn as one line a module thick (a square per module was 10 KB a page).
 */
export function qrCodeSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const margin = 4;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < size && modules.get(row, col + run)) run++;
      path += `M${col + margin} ${row + margin + 0.5}h${run}`;
      col += run - 1;
    }
  }
  const box = size + margin * 2;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path d="${path}" stroke="#000"/></svg>`;
}
