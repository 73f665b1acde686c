/**
 * Fills `{name}` placeholders in an interface string. A module of its own so the browser
 * script can use it without bundling every interface word (lib/ui-text.ts re-exports it).
 */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
