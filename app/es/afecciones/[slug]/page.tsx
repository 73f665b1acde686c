import { conditionRoute } from '@/components/routes/condition';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('es', conditionRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
