import { azRoute } from '@/components/routes/indexes';
import { imageIn } from '@/components/routes/route-in';
import { OG_SIZE } from '@/lib/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
const image = imageIn('en', azRoute);
export default image.Image;
