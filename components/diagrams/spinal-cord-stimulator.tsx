import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const spinalCordStimulator: Drawing = placeholder('spinal-cord-stimulator');
