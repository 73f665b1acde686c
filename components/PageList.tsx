export type PageListItem = { href: string; title: string; description: string; meta?: string };

/** A list of pages, each with its title as a link and its description. */
export function PageList({ items }: { items: readonly PageListItem[] }) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {items.map((item) => (
        <li key={item.href} className="py-4">
          <a href={item.href} className="text-xl font-bold">
            {item.title}
          </a>
          {item.meta ? <p className="text-base text-muted">{item.meta}</p> : null}
          <p className="mt-1">{item.description}</p>
        </li>
      ))}
    </ul>
  );
}
