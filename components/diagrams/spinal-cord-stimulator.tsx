/**
 * A spinal cord stimulator, on the trunk seen from the side: a lead lies in the epidural space
 * just behind the spinal cord (outside the dural sac) over the eighth to tenth thoracic bones,
 * leaves the spine between the first and second lumbar bones, and runs under the skin of the
 * back to the battery (the pulse generator) under the skin of the upper buttock.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';
import { TRUNK_HEIGHT, TrunkSide } from './trunk-side';

const LEAD = tubePath(
  [
    [137.5, 24],
    [137.5, 160],
    [136, 165],
    [133, 168],
    [120, 173.7],
    [110, 178],
    [106, 184],
    [105, 196],
    [105, 290],
  ],
  4.5,
);

/** The lead's electrical contacts, near its tip: the top of each. */
const CONTACTS = [30, 39, 48, 57, 66, 75, 84, 93] as const;

export const spinalCordStimulator: Drawing = {
  height: TRUNK_HEIGHT,
  render: (highlight) => (
    <>
      <TrunkSide />
      <Part name="stimulator-leads" highlight={highlight}>
        <path d={LEAD} className="diagram-device" />
      </Part>
      {CONTACTS.map((y) => (
        <rect key={y} x={135.5} y={y} width={4} height={3} />
      ))}
      <Part name="stimulator-battery" highlight={highlight}>
        <rect x={98} y={288} width={16} height={44} rx={5} className="diagram-device" />
      </Part>
      <PartLabel
        part="stimulator-leads"
        highlight={highlight}
        x={92}
        y={80}
        anchor="end"
        to={[136, 76]}
      />
      <Label x={2} y={134} to={[135.5, 128]}>
        {uiText.diagrams.otherLabels.epiduralSpace}
      </Label>
      <PartLabel
        part="stimulator-battery"
        highlight={highlight}
        x={84}
        y={326}
        anchor="end"
        to={[99, 318]}
      />
    </>
  ),
};
