export type RelatedLink = { href: string; label: string; note?: string };

/** Links to pages by their titles, each with its description as a note. */
export const describedLinks = (
  pages: readonly { url: string; title: string; description: string }[],
): RelatedLink[] =>
  pages.map((page) => ({ href: page.url, label: page.title, note: page.description }));

/** A headed list of links to other pages; renders nothing when there are none. */
export function RelatedLinks({
  id,
  heading,
  links,
  more,
}: {
  id: string;
  heading: string;
  links: readonly RelatedLink[];
  /** A link to the full list, when `links` shows only the first few. */
  more?: RelatedLink;
}) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} data-pagefind-ignore="" className="my-6 print:hidden">
      <h2 id={id} className="font-bold">
        {heading}
      </h2>
      <ul className="mt-2 space-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
            {link.note ? <span className="block text-muted">{link.note}</span> : null}
          </li>
        ))}
      </ul>
      {more ? (
        <p className="mt-3 font-bold">
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </section>
  );
}
