/**
 * The one reader of a content file's front matter, used by the content check, the glossary
 * and fact plugins, and the tests, so that all of them agree on what a file says. A UTF-8
 * byte-order mark is ignored (editors on Windows add one); anything else the check reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; field: 'line endings' | 'front matter'; message: string };

/** A YAML error as one line, with its line number in the file (the opening --- is line 1). */
function yamlErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return `YAML error: ${String(error)}`;
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const linePos = (error as Error & { linePos?: { line: number }[] }).linePos;
  const line = linePos?.[0]?.line;
  return line === undefined
    ? `YAML error: ${message}`
    : `YAML error on line ${line + 1}: ${message}`;
}

/** Splits a content file into its front-matter fields and its Markdown body. */
export function readFrontMatter(fileText: string): FrontMatter {
  const text = fileText.replace(/^\uFEFF/, '');
  if (text.includes('\r')) {
    return {
      ok: false,
      field: 'line endings',
      message: '"CRLF" found; save the file with LF (Unix) line endings',
    };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      field: 'front matter',
      message: 'missing: the file must start with --- and the fields, closed by ---',
    };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { uniqueKeys: true });
  } catch (error) {
    return { ok: false, field: 'front matter', message: yamlErrorMessage(error) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      field: 'front matter',
      message: `${JSON.stringify(data) ?? String(data)} must be a list of "field: value" lines`,
    };
  }
  return { ok: true, data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * The front matter of every Markdown file in one content folder, by slug, for the plugins
 * that need a whole collection while Contentlayer renders a page. Broken files are skipped:
 * the content check reports them.
 */
export function readFolderFrontMatter(
  contentDir: string,
  folder: string,
): { slug: string; data: Record<string, unknown> }[] {
  const dir = path.join(contentDir, folder);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const read = readFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
    return read.ok ? [{ slug: file.replace(/\.md$/, ''), data: read.data }] : [];
  });
}
