/**
 * A right knee from the front, so the outer (lateral) side is on the viewer's left, with the
 * fibula. The kneecap is see-through so the joint behind it stays visible, and the kneecap
 * tendon runs from it down to the bump at the front of the shin bone. The joint capsule wraps
 * the joint and rises in front of the thigh bone, under and above the kneecap, as the pouch many
 * knee injections go into. The genicular nerves are the three most often treated: above the
 * joint on both sides (superolateral, superomedial) and below it on the inner side
 * (inferomedial), each with a target zone where it meets the bone.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** The joint capsule around the joint, drawn behind the bones so it shows around them. */
const CAPSULE =
  'M108 234H206C216 234 222 228 222 218V160C222 140 204 128 196 112C192 96 192 84 184 76C174 68 140 68 130 76C122 84 122 96 118 112C110 128 92 140 92 160V218C92 228 98 234 108 234Z';
/** The pouch of the capsule that lies in front of the thigh bone, under and above the kneecap. */
const POUCH =
  'M118 112C122 96 122 84 130 76C140 68 174 68 184 76C192 84 192 96 196 112C184 128 130 128 118 112Z';

/**
 * Each genicular nerve: where it is treated, on the bone, and its course there; the course
 * starts at the end the label's leader points to.
 */
const GENICULAR = [
  {
    at: [201, 126],
    course: [
      [232, 60],
      [226, 86],
      [212, 110],
      [201, 126],
    ],
  },
  {
    at: [113, 126],
    course: [
      [104, 60],
      [104, 88],
      [108, 110],
      [113, 126],
    ],
  },
  {
    at: [192, 240],
    course: [
      [254, 266],
      [232, 256],
      [210, 246],
      [192, 240],
    ],
  },
] as const;
const [LABELLED_NERVE, ...OTHER_NERVES] = GENICULAR;

export const knee: Drawing = {
  height: 378,
  render: (highlight) => {
    const capsuleClass = highlight === 'knee-joint' ? 'diagram-space' : 'diagram-soft-line';
    const capsuleDash = highlight === 'knee-joint' ? undefined : '4 3';
    return (
      <>
        {/* Thigh bone, widening into its two rounded ends (condyles). */}
        <path
          d="M134 44V92C134 116 106 128 104 160C104 182 112 194 126 194C140 194 146 184 157 184C168 184 174 194 188 194C202 194 210 182 210 160C208 128 180 116 180 92V44Z"
          className="diagram-bone"
        />
        {/*
          The capsule behind the bones, and its pouch in front of the thigh bone; the ends of
          the thigh bone are drawn again over it, so only the pouch lies in front of the bone.
        */}
        <Part name="knee-joint" highlight={highlight}>
          <path d={CAPSULE} className={capsuleClass} strokeDasharray={capsuleDash} />
          <path d={POUCH} className={capsuleClass} strokeDasharray={capsuleDash} />
        </Part>
        <path
          d="M122 116C134 126 180 126 192 116C202 126 210 140 210 160C210 182 202 194 188 194C174 194 168 184 157 184C146 184 140 194 126 194C112 194 104 182 104 160C104 140 112 126 122 116Z"
          className="diagram-bone"
        />
        {/* Fibula, partly behind the shin bone. */}
        <path
          d="M106 226C94 224 88 234 91 244C93 252 98 256 100 264L102 350H114L114 264C118 250 120 232 106 226Z"
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
        {/* Kneecap tendon, see-through over the joint, then the kneecap, see-through too. */}
        <path d="M149 168L150 264H166L167 168Z" className="diagram-skin" fillOpacity={0.75} />
        <path
          d="M157 104C178 104 188 120 186 140C184 158 170 172 157 174C144 172 130 158 128 140C126 120 136 104 157 104Z"
          className="diagram-bone"
          fillOpacity={0.55}
        />
        <Part name="genicular-nerves" highlight={highlight}>
          {GENICULAR.map(({ at, course }) => (
            <g key={at[1] + at[0]}>
              <path d={tubePath(course, 7)} className="diagram-nerve-fill" />
              <circle cx={at[0]} cy={at[1]} r={7} className="diagram-nerve-fill" />
            </g>
          ))}
        </Part>
        {highlight === 'genicular-nerves'
          ? GENICULAR.map(({ at }) => (
              <circle
                key={at[1] + at[0]}
                cx={at[0]}
                cy={at[1]}
                r={14}
                className="diagram-callout"
              />
            ))
          : null}
        <Label x={88} y={100} anchor="end" to={[124, 100]}>
          {other.thighBone}
        </Label>
        <Label x={88} y={150} anchor="end" to={[128, 145]}>
          {other.kneecap}
        </Label>
        <PartLabel
          part="cartilage"
          highlight={highlight}
          x={88}
          y={188}
          anchor="end"
          to={[113, 183]}
        />
        <PartLabel
          part="knee-joint"
          highlight={highlight}
          x={88}
          y={226}
          anchor="end"
          to={[96, 222]}
        />
        <Label x={80} y={300} anchor="end" to={[101, 295]}>
          {other.fibula}
        </Label>
        <Label x={212} y={310} to={[179, 305]}>
          {other.shinBone}
        </Label>
        {/* One label names the three nerves: its own leader to one, a leader to each other. */}
        <PartLabel
          part="genicular-nerves"
          highlight={highlight}
          x={296}
          y={24}
          anchor="end"
          to={LABELLED_NERVE.course[0]}
        />
        {OTHER_NERVES.map(({ course: [end] }, i) => (
          <g key={end[0]}>
            <line
              x1={i === 0 ? 151 : end[0]}
              y1={i === 0 ? 19 : 28}
              x2={end[0]}
              y2={end[1]}
              className="diagram-leader"
            />
            {highlight === 'genicular-nerves' ? (
              <circle cx={end[0]} cy={end[1]} r={3.5} className="diagram-pin" />
            ) : null}
          </g>
        ))}
        <Label x={4} y={342}>
          {other.outerSide}
        </Label>
        <Label x={296} y={342} anchor="end">
          {other.innerSide}
        </Label>
        <Label x={150} y={372} anchor="middle">
          {other.rightKneeFront}
        </Label>
      </>
    );
  },
};
