import { bodyMapRoute } from '@/components/routes/body-map';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', bodyMapRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
