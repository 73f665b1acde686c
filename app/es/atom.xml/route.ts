import { atomFeedIn } from '@/components/routes/feeds';

export const dynamic = 'force-static';

export const GET = atomFeedIn('es');
