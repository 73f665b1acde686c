import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const hip: Drawing = placeholder('hip');
