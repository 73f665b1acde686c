import type { Metadata } from 'next';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = { title: uiText.notFound.title, robots: { index: false } };

const suggestions = [
  { href: '/', label: uiText.nav.home },
  { href: '/conditions', label: uiText.collections.conditions.title },
  { href: '/procedures', label: uiText.collections.procedures.title },
  { href: '/guides', label: uiText.collections.guides.title },
  { href: '/faq', label: uiText.collections.faqs.title },
  { href: '/glossary', label: uiText.collections.glossary.title },
];

export default function NotFound() {
  return (
    <>
      <h1 className="font-bold">{uiText.notFound.title}</h1>
      <p className="mt-3 text-lg">{uiText.notFound.text}</p>
      <p className="mt-4">{uiText.notFound.suggestions}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {suggestions.map((s) => (
          <li key={s.href}>
            <a href={s.href}>{s.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
