/**
 * A right knee from the front, so the outer (lateral) side is on the viewer's left, with the
 * fibula. The kneecap is see-through so the joint behind it stays visible. The genicular nerves
 * are drawn where they are usually treated: above the joint on both sides (superolateral,
 * superomedial) and below it on the inner side (inferomedial), each with a small target zone.
 */
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** Where each genicular nerve is treated, on the bone, and the nerve's course to it. */
const GENICULAR_TARGETS = [
  { at: [113, 126], course: 'M78 100C90 106 102 116 113 126' },
  { at: [201, 126], course: 'M236 100C224 106 212 116 201 126' },
  { at: [192, 240], course: 'M234 256C220 250 206 245 192 240' },
] as const;

export const knee: Drawing = {
  height: 350,
  render: (highlight) => (
    <>
      {/* The joint capsule, behind the bones: the joint is the space it encloses. */}
      <Part name="knee-joint" highlight={highlight}>
        <path
          d="M108 140H206C216 140 220 146 220 156V216C220 226 216 232 206 232H108C98 232 94 226 94 216V156C94 146 98 140 108 140Z"
          className="diagram-space"
        />
      </Part>
      {/* Fibula, partly behind the shin bone. */}
      <path
        d="M106 226C94 224 88 234 91 244C93 252 98 256 100 264L102 350H114L114 264C118 250 120 232 106 226Z"
        className="diagram-bone"
      />
      {/* Thigh bone, widening into its two rounded ends (condyles). */}
      <path
        d="M134 44V92C134 116 106 128 104 160C104 182 112 194 126 194C140 194 146 184 157 184C168 184 174 194 188 194C202 194 210 182 210 160C208 128 180 116 180 92V44Z"
        className="diagram-bone"
      />
      {/* Shin bone (tibia), its flat top (plateau) under the thigh bone. */}
      <path
        d="M104 214C102 206 106 203 112 203H202C208 203 212 206 210 214C208 234 188 246 182 264L178 350H138L134 264C128 246 106 234 104 214Z"
        className="diagram-bone"
      />
      <Part name="cartilage" highlight={highlight}>
        <path
          d="M104 160C104 182 112 194 126 194C140 194 146 184 157 184C168 184 174 194 188 194C202 194 210 182 210 160L198 164C198 176 194 182 188 182C178 182 170 172 157 172C144 172 136 182 126 182C120 182 116 176 116 164Z"
          className="diagram-cartilage"
        />
        <path
          d="M106 202C130 198 144 200 157 204C170 200 184 198 208 202L209 214C186 210 172 212 157 216C142 212 128 210 105 214Z"
          className="diagram-cartilage"
        />
      </Part>
      {/* Kneecap tendon, then the kneecap, see-through. */}
      <path d="M147 172L148 258M167 172L166 258" className="diagram-soft-line" />
      <path
        d="M157 104C178 104 188 120 186 140C184 158 170 172 157 174C144 172 130 158 128 140C126 120 136 104 157 104Z"
        className="diagram-bone"
        fillOpacity={0.55}
      />
      <Part name="genicular-nerves" highlight={highlight}>
        {GENICULAR_TARGETS.map(({ at, course }) => (
          <g key={course}>
            <path d={course} className="diagram-nerve" />
            <circle cx={at[0]} cy={at[1]} r={7} className="diagram-nerve-fill" />
          </g>
        ))}
      </Part>
      <Label x={110} y={70} anchor="end" to={[134, 65]}>
        {other.thighBone}
      </Label>
      <Label x={90} y={150} anchor="end" to={[128, 145]}>
        {other.kneecap}
      </Label>
      <PartLabel
        part="cartilage"
        highlight={highlight}
        x={90}
        y={188}
        anchor="end"
        to={[113, 183]}
      />
      <PartLabel
        part="knee-joint"
        highlight={highlight}
        x={90}
        y={222}
        anchor="end"
        to={[140, 199]}
      />
      <Label x={80} y={300} anchor="end" to={[101, 295]}>
        {other.fibula}
      </Label>
      <Label x={212} y={310} to={[179, 305]}>
        {other.shinBone}
      </Label>
      {/* One label names the three nerves, with a leader to each of the two on the inner side. */}
      <PartLabel part="genicular-nerves" highlight={highlight} x={296} y={24} anchor="end" />
      {GENICULAR_TARGETS.slice(1).map(({ at }, i) => (
        <g key={at[1]}>
          <line x1={214 + i * 60} y1={30} x2={at[0]} y2={at[1]} className="diagram-leader" />
          {highlight === 'genicular-nerves' ? (
            <circle cx={at[0]} cy={at[1]} r={3.5} className="diagram-pin" />
          ) : null}
        </g>
      ))}
      <Label x={4} y={342}>
        {other.outerSide}
      </Label>
      <Label x={296} y={342} anchor="end">
        {other.innerSide}
      </Label>
    </>
  ),
};
