import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const painPathway: Drawing = placeholder('pain-pathway');
