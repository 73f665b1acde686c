import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrCodeSvg } from '@/lib/qr-code';

describe('qrCodeSvg', () => {
  it('draws a labelled square QR code, the same every time', () => {
    const svg = qrCodeSvg(
      'https://pain-care-guide.example/conditions/sciatica',
      'QR code for "sciatica" & more',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
    expect(svg).toContain('aria-label="QR code for &quot;sciatica&quot; &amp; more"');
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
    expect(width).toBe(height);
    // The drawing's runs of squares are exactly the code's dark modules.
    const { modules } = QRCode.create('https://pain-care-guide.example/conditions/sciatica', {
      errorCorrectionLevel: 'M',
    });
    const drawn = new Set<string>();
    for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)\.5h(\d+)/g))
      for (let i = 0; i < Number(run); i++) drawn.add(`${Number(x) + i - 4},${Number(y) - 4}`);
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) dark.add(`${col},${row}`);
    expect(drawn).toEqual(dark);
    expect(qrCodeSvg('https://pain-care-guide.example/conditions/sciatica', 'x')).toBe(
      qrCodeSvg('https://pain-care-guide.example/conditions/sciatica', 'x'),
    );
  });
});
