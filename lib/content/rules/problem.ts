/**
 * A problem found by a content rule, and the one place it is turned into the line an author
 * reads: `file: field: "value" message`.
 */
export type Problem = {
  file: string;
  /** The front-matter field (with its index, such as `callEmergency[2]`), or `body`. */
  field: string;
  /** The offending value, quoted in the message; left out when there is none to show. */
  value?: string;
  message: string;
  /** A warning is reported but does not stop the build. */
  warning?: boolean;
};

export function formatProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : `${JSON.stringify(problem.value)} `;
  return `${problem.file}: ${problem.field}: ${value}${problem.message}`;
}

export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
