import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const muscle: Drawing = placeholder('muscle');
