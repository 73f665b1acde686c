import type { ReactNode } from 'react';
import { Breadcrumbs } from './Breadcrumbs';

/** The top of a listing or fixed page: breadcrumbs, the title and an introduction. */
export function PageIntro({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-6">
      <Breadcrumbs trail={[]} current={title} />
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg">{intro}</p>
      {children}
    </header>
  );
}
