import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

/** The top of a listing or fixed page: breadcrumbs, the title and an introduction. */
export function PageIntro({
  title,
  path,
  intro,
  trail = [],
  children,
}: {
  title: string;
  /** The page's own address, for the breadcrumb trail. */
  path: string;
  intro: string;
  /** The pages above this one, when it is not directly below the home page. */
  trail?: Crumb[];
  children?: ReactNode;
}) {
  return (
    <header className="mb-6">
      <Breadcrumbs trail={trail} current={{ label: title, href: path }} />
      <h1 className="font-bold">{title}</h1>
      <p className="mt-3 text-lg">{intro}</p>
      {children}
    </header>
  );
}
