import { procedureRoute } from '@/components/routes/procedure';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('es', procedureRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
