import { Fragment, type ReactNode } from 'react';
import { SECTION_IDS } from '@/lib/section-ids';
import { smsHref, telHref } from '@/lib/phone';
import { siteConfig } from '@/lib/site-config';
import { speaksOfSelfHarm } from '@/lib/content/urgency-rules';
import { fillText, uiText } from '@/lib/ui-text';

export type UrgencyLevel = 'callEmergency' | 'callToday' | 'seeYourDoctor';

/** The three levels, most urgent first: the order the cards always appear in. */
export const URGENCY_LEVELS: readonly UrgencyLevel[] = [
  'callEmergency',
  'callToday',
  'seeYourDoctor',
];

export type UrgentAdvice = Partial<Record<UrgencyLevel, readonly string[]>>;

/** A number a phone can dial by a tap. */
export function PhoneLink({ number }: { number: string }) {
  return (
    <a href={telHref(number)} className="phone-link">
      {number}
    </a>
  );
}

/** Fills `{name}` placeholders in an interface string with nodes, such as phone links. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, index) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return (
      <Fragment key={index}>{key !== undefined && key in values ? values[key] : part}</Fragment>
    );
  });
}

/** The numbers each card's heading and first sentence name, as tappable links. */
function cardNumbers(): Record<string, ReactNode> {
  const { emergencyNumber, clinic } = siteConfig;
  return {
    emergency: <PhoneLink number={emergencyNumber} />,
    clinic: clinic.name,
    phone: <PhoneLink number={clinic.phone} />,
  };
}

/** The crisis line, shown on the emergency card beside an item about self-harm. */
export function CrisisLine() {
  const { crisisLine } = siteConfig;
  return (
    <p className="mt-3 font-bold">
      {uiText.urgent.crisis}{' '}
      <a href={telHref(crisisLine.number)}>
        {fillText(uiText.crisisLine.call, { number: crisisLine.number })}
      </a>
      {crisisLine.acceptsTexts ? (
        <>
          {uiText.crisisLine.or}
          <a href={smsHref(crisisLine.number)}>
            {fillText(uiText.crisisLine.textUs, { number: crisisLine.number })}
          </a>
        </>
      ) : null}{' '}
      ({crisisLine.name}).
    </p>
  );
}

/**
 * One level of urgent advice, styled after the NHS care cards: emergency (red), same day
 * (amber border) and book a visit (blue). Its heading and first sentence come from ui-text.
 */
export function CareCard({
  level,
  items,
  headingLevel = 3,
}: {
  level: UrgencyLevel;
  items: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const text = uiText.urgent[level];
  const numbers = cardNumbers();
  const id = SECTION_IDS[level];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={`care-card care-card-${level}`}>
      <Heading id={id} className="care-card-heading">
        {fillNodes(text.heading, numbers)}
      </Heading>
      <div className="care-card-body">
        <p className="font-bold">{fillNodes(text.intro, numbers)}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {level === 'callEmergency' && items.some(speaksOfSelfHarm) ? <CrisisLine /> : null}
      </div>
    </section>
  );
}

/** Every level a page has, in order, under one heading that old links to the box still reach. */
export function CareCards({ heading, advice }: { heading: string; advice: UrgentAdvice }) {
  const levels = URGENCY_LEVELS.filter((level) => (advice[level]?.length ?? 0) > 0);
  if (levels.length === 0) return null;
  return (
    <section aria-labelledby={SECTION_IDS.getHelpUrgently} className="care-cards my-8">
      <h2 id={SECTION_IDS.getHelpUrgently} className="font-bold">
        {heading}
      </h2>
      {levels.map((level) => (
        <CareCard key={level} level={level} items={advice[level] ?? []} />
      ))}
    </section>
  );
}
