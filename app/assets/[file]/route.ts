import { enhancementScript } from '@/lib/enhancement-script';

// Written to out/assets/ by the export; served the same way by `next dev`.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: enhancementScript().fileName }];
}

export function GET() {
  return new Response(enhancementScript().code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
