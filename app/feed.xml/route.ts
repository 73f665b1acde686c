import { rssFeedIn } from '@/components/routes/feeds';

export const dynamic = 'force-static';

export const GET = rssFeedIn('en');
