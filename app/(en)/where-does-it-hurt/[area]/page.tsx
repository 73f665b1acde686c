import { bodyAreaRoute } from '@/components/routes/body-map';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('en', bodyAreaRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
