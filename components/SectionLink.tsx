import { SECTION_LINK_CLASS, sectionLinkLabel } from '@/lib/section-links';

/** A visible link to the section `id`, labelled for screen readers with the section's name. */
export function SectionLink({ id, name }: { id: string; name: string }) {
  return (
    <a href={`#${id}`} className={SECTION_LINK_CLASS} aria-label={sectionLinkLabel(name)}>
      #
    </a>
  );
}
