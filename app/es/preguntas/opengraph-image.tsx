import { questionsRoute } from '@/components/routes/questions';
import { imageIn } from '@/components/routes/route-in';
import { OG_SIZE } from '@/lib/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
const image = imageIn('es', questionsRoute);
export default image.Image;
