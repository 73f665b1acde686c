import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const knee: Drawing = placeholder('knee');
