import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const lowerSpineSide: Drawing = placeholder('lower-spine-side');
