import { glossaryRoute } from '@/components/routes/indexes';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('en', glossaryRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
