import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageMetadata } from '@/lib/metadata';
import { pageUrl } from '@/lib/content/schema';
import { siteConfig } from '@/lib/site-config';
import { fillText } from '@/lib/ui-text';

describe('fillText', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillText('Call {emergency} now', { emergency: '911' })).toBe('Call 911 now');
    expect(fillText('Call {nobody}', {})).toBe('Call {nobody}');
  });
});

describe('page addresses', () => {
  it('gives questions pages of their own and glossary terms an anchor on the glossary page for their letter', () => {
    expect(pageUrl('conditions', 'sciatica')).toBe('/conditions/sciatica');
    expect(pageUrl('faqs', 'will-i-be-awake')).toBe('/faq/will-i-be-awake');
    expect(pageUrl('glossary', 'fluoroscopy')).toBe('/glossary/f#fluoroscopy');
  });

  it('builds canonical addresses from the configured base URL', () => {
    expect(absoluteUrl('/conditions/sciatica')).toBe(`${siteConfig.baseUrl}/conditions/sciatica`);
    const metadata = pageMetadata({
      title: 'Sciatica',
      description: 'About sciatica.',
      path: '/conditions/sciatica',
    });
    expect(metadata.alternates?.canonical).toBe(`${siteConfig.baseUrl}/conditions/sciatica`);
    expect(metadata.title).toBe('Sciatica');
  });
});
