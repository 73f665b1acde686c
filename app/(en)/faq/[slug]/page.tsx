import { faqRoute } from '@/components/routes/faq';
import { routeIn } from '@/components/routes/route-in';

export const dynamicParams = false;
const route = routeIn('en', faqRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
