/**
 * An intrathecal pain pump, on the trunk seen from the side: the round pump under the skin of
 * the lower belly, seen three-quarters on, and its catheter running under the skin around the
 * side (dashed: it lies at the side of the body, not through the belly) to the back, into
 * the spine between the third and fourth lumbar bones, through the dura and up inside the
 * spinal fluid, where its tip lies behind the spinal cord at the eleventh thoracic bone (not
 * in the epidural space outside the dura).
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';
import { TRUNK_HEIGHT, TrunkSide } from './trunk-side';

const CATHETER_WIDTH = 4.5;

/** Under the skin around the side, from the pump to the back. */
const AROUND_THE_SIDE = tubePath(
  [
    [246, 262],
    [237, 248],
    [222, 240],
    [180, 237.5],
    [140, 237],
    [112, 237],
  ],
  CATHETER_WIDTH,
);

/** From the back, between two spinous processes, into the spinal fluid and up to its tip. */
const INTO_THE_SPINE = tubePath(
  [
    [113, 237],
    [108, 235],
    [109, 230],
    [120, 225.5],
    [134, 220],
    [140, 218],
    [145, 213],
    [145, 104],
  ],
  CATHETER_WIDTH,
);

export const painPump: Drawing = {
  height: TRUNK_HEIGHT,
  render: (highlight) => (
    <>
      <TrunkSide />
      <Part name="pump-catheter" highlight={highlight}>
        <path d={AROUND_THE_SIDE} strokeDasharray="5 4" className="diagram-device" />
        <path d={INTO_THE_SPINE} className="diagram-device" />
      </Part>
      <Part name="pump" highlight={highlight}>
        <ellipse cx={258} cy={282} rx={15} ry={42} className="diagram-device" />
      </Part>
      <ellipse cx={261} cy={282} rx={5} ry={13} className="diagram-space" />
      <Label x={92} y={100} anchor="end" to={[148, 96]}>
        {uiText.diagrams.otherLabels.spinalFluid}
      </Label>
      <Label x={236} y={374} anchor="end" to={[230, 242]}>
        {uiText.diagrams.otherLabels.aroundYourSide}
      </Label>
      <PartLabel part="pump" highlight={highlight} x={276} y={204} anchor="end" to={[258, 240]} />
      <PartLabel
        part="pump-catheter"
        highlight={highlight}
        x={92}
        y={200}
        anchor="end"
        to={[110, 232]}
      />
    </>
  ),
};
