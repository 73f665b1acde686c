import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/site-config';
import { fillText, uiText } from '@/lib/ui-text';

/**
 * Urgent advice, styled after the NHS "immediate care" card: a red band that cannot be
 * mistaken for ordinary text.
 */
export function CareCard({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="care-card my-8 border-4 border-urgent">
      <h2 id={id} className="bg-urgent px-4 py-3 text-xl font-bold text-white">
        {heading}
      </h2>
      <div className="p-4">{children}</div>
    </section>
  );
}

/** The symptoms to act on, with the emergency number and the clinic's phone. */
export function WarningSigns({ heading, signs }: { heading: string; signs: readonly string[] }) {
  const { emergencyNumber, clinic } = siteConfig;
  return (
    <CareCard id="get-help-urgently" heading={heading}>
      <p className="font-bold">{fillText(uiText.urgent.intro, { emergency: emergencyNumber })}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="mt-4">
        {fillText(uiText.urgent.clinicLine, { clinic: clinic.name, phone: clinic.phone })}
      </p>
    </CareCard>
  );
}
