import { conditionsRoute } from '@/components/routes/listings';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('en', conditionsRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
