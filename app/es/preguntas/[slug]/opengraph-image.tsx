import { faqRoute } from '@/components/routes/faq';
import { imageIn } from '@/components/routes/route-in';
import { OG_SIZE } from '@/lib/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const dynamicParams = false;
const image = imageIn('es', faqRoute);
export const generateStaticParams = image.generateStaticParams;
export default image.Image;
