/**
 * A spinal cord stimulator, on the trunk seen from the side: a lead lies in the epidural space
 * just behind the spinal cord over the eighth to tenth thoracic bones, leaves the spine between
 * two bones lower down, and runs under the skin of the back to the battery (the pulse
 * generator) under the skin of the upper buttock.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { Part, PartLabel, type Drawing } from './drawing';
import { TRUNK_HEIGHT, TrunkSide } from './trunk-side';

const LEAD = tubePath(
  [
    [130.5, 26],
    [130.5, 140],
    [128, 147],
    [122, 152],
    [112, 158],
    [103, 163],
    [99, 170],
    [98, 180],
    [97, 297],
  ],
  4.5,
);

/** The lead's electrical contacts, near its tip: the top of each. */
const CONTACTS = [32, 41, 50, 59, 68, 77, 86, 95] as const;

export const spinalCordStimulator: Drawing = {
  height: TRUNK_HEIGHT,
  render: (highlight) => (
    <>
      <TrunkSide />
      <Part name="stimulator-leads" highlight={highlight}>
        <path d={LEAD} className="diagram-device" />
      </Part>
      {CONTACTS.map((y) => (
        <rect key={y} x={128.5} y={y} width={4} height={3} />
      ))}
      <Part name="stimulator-battery" highlight={highlight}>
        <rect x={90} y={296} width={16} height={44} rx={5} className="diagram-device" />
      </Part>
      <PartLabel
        part="stimulator-leads"
        highlight={highlight}
        x={84}
        y={68}
        anchor="end"
        to={[129, 64]}
      />
      <PartLabel
        part="stimulator-battery"
        highlight={highlight}
        x={72}
        y={330}
        anchor="end"
        to={[92, 324]}
      />
    </>
  ),
};
