import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const headAndNeck: Drawing = placeholder('head-and-neck');
