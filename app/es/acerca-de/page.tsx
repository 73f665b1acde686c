import { aboutRoute } from '@/components/routes/about';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', aboutRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
