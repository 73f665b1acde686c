import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const spineAndPelvisBack: Drawing = placeholder('spine-and-pelvis-back');
