/**
 * The head and neck from the side, facing right: the back of the head and neck on the left, the
 * face on the right. The seven neck bones run down the neck behind the throat; the greater
 * occipital nerve leaves the spine below the skull and runs up the back of the head; the
 * trigeminal nerve fans out over the face from its ganglion in front of the ear; the stellate
 * ganglion sits in front of the lowest neck bone (C7). The muscles treated with Botox for
 * migraine (forehead, temple, back of the head and neck) are shaded. The labels sit outside the
 * head and neck, right of the throat and below the neck, so no word runs over the drawing.
 */
import { tubePath } from '@/lib/diagram-geometry';
import { uiText } from '@/lib/ui-text';
import { Label, Part, PartLabel, type Drawing } from './drawing';

const other = uiText.diagrams.otherLabels;

/** The top-front corner of each neck bone's body, C1 to C7; the neck curves gently forward. */
const NECK_BONES = [
  [83, 196],
  [86, 216],
  [88, 237],
  [88, 258],
  [88, 278],
  [86, 299],
  [83, 320],
] as const;

const NERVE_WIDTH = 7;
/** The greater occipital nerve, from below the skull up the back of the head, and a branch. */
const OCCIPITAL = tubePath(
  [
    [64, 214],
    [50, 205],
    [38, 194],
    [30, 176],
    [27, 150],
    [30, 124],
    [38, 100],
    [50, 80],
    [66, 62],
  ],
  NERVE_WIDTH,
);
const OCCIPITAL_BRANCH = tubePath(
  [
    [28, 140],
    [38, 118],
    [52, 102],
    [66, 92],
  ],
  6,
);
/** Where the occipital nerve is treated: where it crosses the base of the skull. */
const OCCIPITAL_TARGET = [32, 180] as const;
/** The trigeminal nerve's three branches: to the forehead, the cheek and the jaw. */
const TRIGEMINAL = [
  [
    [130, 143],
    [146, 130],
    [160, 117],
    [168, 104],
    [171, 90],
    [170, 76],
  ],
  [
    [132, 149],
    [150, 145],
    [168, 141],
    [188, 138],
  ],
  [
    [128, 154],
    [136, 170],
    [148, 184],
    [164, 196],
    [182, 204],
  ],
] as const;
const STELLATE = [118, 330] as const;

export const headAndNeck: Drawing = {
  height: 400,
  render: (highlight) => (
    <>
      {/* Skin: the outline of the head and neck, the ear and the eye. */}
      <path
        d="M101 36C142 34 169 51 180 83C186 97 187 105 191 117L209 151C211 157 205 160 196 162L198 169C195 173 195 177 198 182C195 187 195 193 196 200C196 213 187 220 171 222C159 223 150 227 146 236C150 272 153 317 159 371H42C47 308 51 263 47 227C43 214 31 205 24 187C15 162 15 117 33 79C49 49 72 36 101 36Z"
        className="diagram-skin"
      />
      <path
        d="M103 146C93 145 90 154 90 164C90 175 95 183 103 183C108 182 108 176 105 172C108 166 110 160 110 154C110 149 107 146 103 146Z"
        className="diagram-skin"
      />
      <path d="M170 119Q177 113 185 117Q178 123 170 119Z" className="diagram-space" />
      <path
        d="M104 153C98 153 96 160 97 166C98 171 101 172 103 170M166 108C172 104 180 104 186 108M128 214C142 220 160 220 177 214"
        className="diagram-soft-line"
      />
      <Part name="head-muscles" highlight={highlight}>
        {/* Forehead (frontalis), temple (temporalis), back of the head and neck (trapezius). */}
        <path
          d="M110 43C142 43 166 58 177 85L184 105H169C162 85 150 70 128 63Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
        <path
          d="M78 105C96 83 142 83 160 112C153 128 144 139 137 153H121C110 137 90 126 78 105Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
        <path
          d="M31 110C22 141 24 173 38 196C49 216 51 260 49 371H66C68 290 67 227 58 200C47 178 43 146 47 115Z"
          className="diagram-muscle"
          fillOpacity={0.7}
        />
      </Part>
      <Part name="neck-spine" highlight={highlight}>
        {NECK_BONES.map(([x, y]) => (
          <path
            key={y}
            d={`M${x} ${y}h22q4 0 4 4v7q0 4-4 4h-22q-4 0-4-4v-7q0-4 4-4zm-4 3h-5l-14 5q-3 3 0 5l16-1h3z`}
            className="diagram-bone"
          />
        ))}
      </Part>
      <Part
        name="occipital-nerve"
        highlight={highlight}
        callout={[OCCIPITAL_TARGET[0], OCCIPITAL_TARGET[1], 14]}
      >
        <path d={OCCIPITAL} className="diagram-nerve-fill" />
        <path d={OCCIPITAL_BRANCH} className="diagram-nerve-fill" />
        <circle
          cx={OCCIPITAL_TARGET[0]}
          cy={OCCIPITAL_TARGET[1]}
          r={7}
          className="diagram-nerve-fill"
        />
      </Part>
      <Part name="trigeminal-nerve" highlight={highlight}>
        {TRIGEMINAL.map((branch) => (
          <path key={branch[0][1]} d={tubePath(branch, 6)} className="diagram-nerve-fill" />
        ))}
        <ellipse cx={124} cy={148} rx={10} ry={8} className="diagram-nerve-fill" />
      </Part>
      <Part name="stellate-ganglion" highlight={highlight} callout={[STELLATE[0], STELLATE[1], 18]}>
        <path
          d={tubePath(
            [
              [118, 320],
              [119, 302],
              [120, 288],
              [119, 278],
            ],
            6,
          )}
          className="diagram-nerve-fill"
        />
        <ellipse cx={STELLATE[0]} cy={STELLATE[1]} rx={7} ry={11} className="diagram-nerve-fill" />
      </Part>
      <PartLabel
        part="occipital-nerve"
        highlight={highlight}
        x={132}
        y={18}
        anchor="end"
        to={[66, 62]}
      />
      <PartLabel part="head-muscles" highlight={highlight} x={176} y={18} to={[142, 52]} />
      <PartLabel
        part="trigeminal-nerve"
        highlight={highlight}
        x={298}
        y={262}
        anchor="end"
        to={[170, 199]}
      />
      <PartLabel part="neck-spine" highlight={highlight} x={166} y={300} to={[112, 268]} />
      <PartLabel
        part="stellate-ganglion"
        highlight={highlight}
        x={298}
        y={392}
        anchor="end"
        to={[STELLATE[0], STELLATE[1] + 11]}
      />
      <Label x={4} y={392}>
        {other.back}
      </Label>
      <Label x={296} y={190} anchor="end">
        {other.front}
      </Label>
    </>
  ),
};
