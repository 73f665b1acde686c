import { questionTopicRoute } from '@/components/routes/questions';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('es', questionTopicRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
