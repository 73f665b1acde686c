/**
 * When each content file last changed, from git, so the content check can tell a translation
 * that is older than its English original. Commit dates are days (YYYY-MM-DD); a file with
 * uncommitted changes counts as changed today.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Reads `git log --format=%x00%cs --name-only` output (newest commit first): each file's
 * newest commit date, by path relative to `folder` (files outside it are left out).
 */
export function parseGitLog(log: string, folder: string): Map<string, string> {
  const dates = new Map<string, string>();
  const prefix = folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    for (const file of files) {
      if (!file || !file.startsWith(prefix)) continue;
      const relative = file.slice(prefix.length);
      if (!dates.has(relative)) dates.set(relative, date.trim());
    }
  }
  return dates;
}

/** Each file's last change under a content folder, or undefined when git cannot say (no repository). */
export function lastChangedFromGit(
  contentDir: string,
  today: string,
): Map<string, string> | undefined {
  const run = (args: string[]) =>
    execFileSync('git', args, {
      cwd: contentDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const root = run(['rev-parse', '--show-toplevel']).trim();
    const folder = path.relative(root, path.resolve(contentDir)).split(path.sep).join('/');
    const dates = parseGitLog(run(['log', '--format=%x00%cs', '--name-only', '--', '.']), folder);
    for (const line of run(['status', '--porcelain', '--untracked-files=all', '--', '.']).split(
      '\n',
    )) {
      const file = line.slice(3).trim();
      if (file.startsWith(`${folder}/`)) dates.set(file.slice(folder.length + 1), today);
    }
    return dates;
  } catch {
    return undefined;
  }
}
