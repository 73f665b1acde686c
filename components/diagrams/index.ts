/** Every view's drawing, by the view names of lib/diagrams.ts. */
import type { DiagramView } from '@/lib/diagrams';
import type { Drawing } from './drawing';
import { lowerSpineSide } from './lower-spine-side';
import { spineAndPelvisBack } from './spine-and-pelvis-back';
import { headAndNeck } from './head-and-neck';
import { sympatheticNerves } from './sympathetic-nerves';
import { knee } from './knee';
import { hip } from './hip';
import { muscle } from './muscle';
import { painPathway } from './pain-pathway';
import { spinalCordStimulator } from './spinal-cord-stimulator';
import { painPump } from './pain-pump';

export const DRAWINGS: Record<DiagramView, Drawing> = {
  'lower-spine-side': lowerSpineSide,
  'spine-and-pelvis-back': spineAndPelvisBack,
  'head-and-neck': headAndNeck,
  'sympathetic-nerves': sympatheticNerves,
  knee: knee,
  hip: hip,
  muscle: muscle,
  'pain-pathway': painPathway,
  'spinal-cord-stimulator': spinalCordStimulator,
  'pain-pump': painPump,
};
