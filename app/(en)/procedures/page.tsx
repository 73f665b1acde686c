import { proceduresRoute } from '@/components/routes/listings';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('en', proceduresRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
