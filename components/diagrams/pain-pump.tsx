/**
 * An intrathecal pain pump, on the trunk seen from the side: the round pump under the skin of
 * the lower belly, and its catheter running under the skin around the flank to the back,
 * into the spine between two lumbar bones, through the dura and up inside the spinal fluid,
 * where its tip lies behind the spinal cord (not in the epidural space outside the dura).
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';
import { TRUNK_HEIGHT, TrunkSide } from './trunk-side';

const CATHETER = tubePath(
  [
    [244, 294],
    [234, 300],
    [220, 308],
    [190, 316],
    [150, 320],
    [115, 320],
    [101, 316],
    [96, 308],
    [95, 290],
    [96, 262],
    [99, 248],
    [104, 241],
    [112, 236],
    [120, 231],
    [126, 228.5],
    [131, 227],
    [135, 225],
    [138, 220],
    [138, 110],
  ],
  3.6,
);

export const painPump: Drawing = {
  height: TRUNK_HEIGHT,
  render: (highlight) => (
    <>
      <TrunkSide />
      <Part name="pump-catheter" highlight={highlight}>
        <path d={CATHETER} className="diagram-device" />
      </Part>
      <Part name="pump" highlight={highlight}>
        <ellipse cx={255} cy={280} rx={12} ry={28} className="diagram-device" />
      </Part>
      <ellipse cx={258} cy={280} rx={4} ry={9} className="diagram-space" />
      <Label x={86} y={94} anchor="end" to={[138, 90]}>
        {uiText.diagrams.otherLabels.spinalFluid}
      </Label>
      <PartLabel part="pump" highlight={highlight} x={250} y={352} anchor="end" to={[255, 309]} />
      <PartLabel
        part="pump-catheter"
        highlight={highlight}
        x={84}
        y={254}
        anchor="end"
        to={[96, 270]}
      />
    </>
  ),
};
