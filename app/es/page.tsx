import { homeRoute } from '@/components/routes/home';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', homeRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
