import { azRoute } from '@/components/routes/indexes';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', azRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
