import type { ReactNode } from 'react';
import { Breadcrumbs } from './Breadcrumbs';

/** The top of a listing or fixed page: breadcrumbs, the title and an introduction. */
export function PageIntro({
  title,
  path,
  intro,
  children,
}: {
  title: string;
  /** The page's own address, for the breadcrumb trail. */
  path: string;
  intro: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-6">
      <Breadcrumbs trail={[]} current={{ label: title, href: path }} />
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg">{intro}</p>
      {children}
    </header>
  );
}
