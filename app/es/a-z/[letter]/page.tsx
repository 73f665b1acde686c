import { azLetterRoute } from '@/components/routes/indexes';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('es', azLetterRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
