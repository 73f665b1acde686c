import { guideRoute } from '@/components/routes/guide';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('en', guideRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
