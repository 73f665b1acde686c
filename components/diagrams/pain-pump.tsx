import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const painPump: Drawing = placeholder('pain-pump');
