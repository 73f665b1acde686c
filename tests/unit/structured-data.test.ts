import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  faqPage,
  medicalClinic,
  medicalCondition,
  medicalProcedure,
  medicalWebPage,
  serializeJsonLd,
} from '@/lib/structured-data';
import { siteConfig } from '@/lib/site-config';

const base = siteConfig.baseUrl;

describe('serializeJsonLd', () => {
  it('can never close the script element, and still parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & more \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('structured data builders', () => {
  it('builds a breadcrumb trail with absolute addresses', () => {
    expect(
      breadcrumbList([
        { label: 'Home', href: '/' },
        { label: 'Conditions', href: '/conditions' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${base}/` },
        { '@type': 'ListItem', position: 2, name: 'Conditions', item: `${base}/conditions` },
      ],
    });
  });

  it('describes a medical web page with its review date, and a reviewer only when one is named', () => {
    const page = {
      title: 'Sciatica',
      description: 'About sciatica.',
      url: '/conditions/sciatica',
      lastReviewed: '2026-11-20T00:00:00.000Z',
    };
    const about = { '@type': 'MedicalCondition', name: 'Sciatica' };
    const data = medicalWebPage(page, about, 'en-US');
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-20',
      url: `${base}/conditions/sciatica`,
      about,
    });
    expect(data).not.toHaveProperty('reviewedBy');
    expect(
      medicalWebPage({ ...page, reviewedBy: 'A Reviewer' }, about, 'en-US').reviewedBy,
    ).toEqual({
      '@type': 'Person',
      name: 'A Reviewer',
    });
  });

  it('lists the treatments and warning signs of a condition', () => {
    const data = medicalCondition({
      title: 'Sciatica',
      otherNames: ['Lumbar radiculopathy'],
      url: '/conditions/sciatica',
      urgentSigns: ['Numbness around the genitals'],
      treatments: [
        { title: 'Epidural steroid injection', url: '/procedures/epidural-steroid-injection' },
      ],
    });
    expect(data).toMatchObject({
      '@type': 'MedicalCondition',
      alternateName: ['Lumbar radiculopathy'],
      possibleTreatment: [{ '@type': 'MedicalProcedure', name: 'Epidural steroid injection' }],
      signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'Numbness around the genitals' }],
    });
  });

  it('describes a procedure and leaves out what is not known', () => {
    const full = medicalProcedure({
      title: 'Radiofrequency ablation',
      url: '/procedures/radiofrequency-ablation',
      bodyLocations: ['Lower back', 'Neck'],
      preparation: 'Arrange a driver.',
      followup: 'Rest for a day.',
      howPerformed: 'A needle heats the nerve.',
    });
    expect(full).toMatchObject({
      '@type': 'MedicalProcedure',
      procedureType: 'https://schema.org/PercutaneousProcedure',
      bodyLocation: 'Lower back, Neck',
      preparation: 'Arrange a driver.',
      followup: 'Rest for a day.',
      howPerformed: 'A needle heats the nerve.',
    });
    const bare = medicalProcedure({ title: 'X', url: '/procedures/x', bodyLocations: [] });
    expect(Object.keys(bare).sort()).toEqual(['@type', 'name', 'procedureType', 'url']);
  });

  it('builds an FAQ page of questions and answers', () => {
    expect(
      faqPage([{ question: 'Does it hurt?', answerText: 'A little.', url: '/faq#does-it-hurt' }]),
    ).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Does it hurt?',
          acceptedAnswer: { '@type': 'Answer', text: 'A little.' },
        },
      ],
    });
  });

  it('describes the clinic from the site configuration', () => {
    expect(medicalClinic(siteConfig)).toMatchObject({
      '@type': 'MedicalClinic',
      name: siteConfig.clinic.name,
      telephone: siteConfig.clinic.phone,
    });
  });
});
