import { guidesRoute } from '@/components/routes/listings';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', guidesRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
