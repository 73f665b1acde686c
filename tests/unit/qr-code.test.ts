import { describe, expect, it } from 'vitest';
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
    expect(svg.match(/h1v1h-1z/g)!.length).toBeGreaterThan(100);
    expect(qrCodeSvg('https://pain-care-guide.example/conditions/sciatica', 'x')).toBe(
      qrCodeSvg('https://pain-care-guide.example/conditions/sciatica', 'x'),
    );
  });
});
