import type { Drawing } from './drawing';
import { placeholder } from './placeholder';

export const sympatheticNerves: Drawing = placeholder('sympathetic-nerves');
