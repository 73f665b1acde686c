/**
 * The head and neck from the side, facing right: the back of the head and neck on the left, the
 * face on the right. The seven neck bones run down the back half of the neck; the greater
 * occipital nerve leaves the spine below the skull and runs up the back of the head; the
 * trigeminal nerve fans out over the face from in front of the ear; the stellate ganglion sits
 * in front of the lowest neck bone (C7). The muscles treated with Botox for migraine (forehead,
 * temple, back of the head and neck) are a soft shaded area.
 */
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** The top-front corner of each neck bone's body, C1 to C7; the neck curves gently forward. */
const NECK_BONES = [
  [110, 205],
  [113, 228],
  [115, 251],
  [116, 274],
  [115, 297],
  [113, 320],
  [110, 343],
] as const;

export const headAndNeck: Drawing = {
  height: 400,
  render: (highlight) => (
    <>
      {/* Skin: the outline of the head and neck. */}
      <path
        d="M130 28C176 26 206 44 218 80C224 96 226 104 230 118L250 156C252 162 246 166 236 168L238 176C234 180 234 184 238 190C234 196 234 202 236 210C236 224 226 232 208 234C194 236 184 240 180 250C184 290 188 340 194 400H64C70 330 74 280 70 240C66 226 52 216 44 196C34 168 34 118 54 76C72 42 98 28 130 28Z"
        className="diagram-skin"
      />
      <ellipse cx={130} cy={170} rx={11} ry={20} className="diagram-skin" />
      <path
        d="M204 110C210 106 218 106 224 110M160 226C176 232 196 232 214 226"
        className="diagram-soft-line"
      />
      <Part name="head-muscles" highlight={highlight}>
        {/* Forehead (frontalis), temple (temporalis), back of the head and neck. */}
        <path
          d="M140 36C176 36 202 52 214 82L222 104H206C198 82 184 66 160 58Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
        <path
          d="M104 104C124 80 176 80 196 112C188 130 178 142 170 158H152C140 140 118 128 104 104Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
        <path
          d="M52 110C42 144 44 180 60 206C72 228 76 270 74 330H92C94 280 92 240 82 210C70 186 66 150 70 116Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
      </Part>
      <Part name="neck-spine" highlight={highlight}>
        {NECK_BONES.map(([x, y]) => (
          <path
            key={y}
            d={`M${x} ${y}h24q4 0 4 4v9q0 4-4 4h-24q-4 0-4-4v-9q0-4 4-4zm-4 4h-6l-16 6q-3 3 0 5l18-1h4z`}
            className="diagram-bone"
          />
        ))}
      </Part>
      <Part name="occipital-nerve" highlight={highlight}>
        <path
          d="M88 224C78 218 62 208 56 194C46 168 46 130 58 100C66 80 80 62 96 50M57 140C64 118 76 100 90 88"
          className="diagram-nerve"
        />
        <circle cx={56} cy={192} r={7} className="diagram-nerve-fill" />
      </Part>
      <Part name="trigeminal-nerve" highlight={highlight}>
        <path
          d="M162 146C182 128 198 114 206 100C210 92 210 82 208 70M164 152C186 148 206 142 228 140M160 158C172 180 190 200 220 214"
          className="diagram-nerve"
        />
        <ellipse cx={156} cy={152} rx={9} ry={7} className="diagram-nerve-fill" />
      </Part>
      <Part name="stellate-ganglion" highlight={highlight}>
        <path d="M148 344C150 330 152 318 150 304" className="diagram-nerve" />
        <ellipse cx={149} cy={354} rx={8} ry={12} className="diagram-nerve-fill" />
      </Part>
      <PartLabel
        part="occipital-nerve"
        highlight={highlight}
        x={132}
        y={18}
        anchor="end"
        to={[96, 50]}
      />
      <PartLabel part="head-muscles" highlight={highlight} x={176} y={18} to={[162, 46]} />
      <PartLabel part="trigeminal-nerve" highlight={highlight} x={158} y={264} to={[166, 174]} />
      <PartLabel part="neck-spine" highlight={highlight} x={196} y={300} to={[142, 290]} />
      <PartLabel part="stellate-ganglion" highlight={highlight} x={150} y={394} to={[149, 366]} />
      <Label x={4} y={392}>
        {other.back}
      </Label>
      <Label x={296} y={200} anchor="end">
        {other.front}
      </Label>
    </>
  ),
};
