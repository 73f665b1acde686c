/**
 * The site icon, drawn from the brand colour in the site configuration (lib/brand.ts) and
 * written to out/icon.svg at build time.
 */
import { brandIconSvg } from '@/lib/brand';
import { siteConfig } from '@/lib/site-config';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(brandIconSvg(siteConfig.brand), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
