import { comparisonRoute } from '@/components/routes/comparison';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('en', comparisonRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
