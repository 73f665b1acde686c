import { questionsRoute } from '@/components/routes/questions';
import { routeIn } from '@/components/routes/route-in';

const route = routeIn('es', questionsRoute);
export const generateMetadata = route.generateMetadata;
export default route.Page;
