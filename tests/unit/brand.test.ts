import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  brandCss,
  brandIconSvg,
  brandStyleHash,
  contrastRatio,
  relativeLuminance,
} from '@/lib/brand';
import { siteConfig } from '@/lib/site-config';

describe('brand colours', () => {
  it('measures contrast as WCAG 2 does', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('keeps white text readable on both configured colours (at least 4.5:1)', () => {
    expect(contrastRatio(siteConfig.brand.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(siteConfig.brand.colorDark, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the stylesheet rule and the icon from the configuration alone', () => {
    const clinic = { color: '#6a1b9a', colorDark: '#4a148c' };
    expect(brandCss(clinic)).toBe(':root{--brand-color:#6a1b9a;--brand-color-dark:#4a148c}');
    expect(brandIconSvg(clinic)).toContain('fill="#6a1b9a"');
    expect(brandCss(clinic)).not.toBe(brandCss(siteConfig.brand));
    expect(brandIconSvg(clinic)).not.toBe(brandIconSvg(siteConfig.brand));
  });

  it('allows the rule by its own hash, which follows the colours', () => {
    const expected = createHash('sha256').update(brandCss(siteConfig.brand)).digest('base64');
    expect(brandStyleHash(siteConfig.brand)).toBe(`'sha256-${expected}'`);
    expect(brandStyleHash({ color: '#6a1b9a', colorDark: '#4a148c' })).not.toBe(
      brandStyleHash(siteConfig.brand),
    );
  });

  it('refuses a colour not written #rrggbb', () => {
    expect(() => brandCss({ color: 'blue', colorDark: '#003a69' })).toThrow(/#rrggbb/);
  });
});
