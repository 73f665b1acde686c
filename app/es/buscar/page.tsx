import { searchRoute } from '@/components/routes/search';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', searchRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
