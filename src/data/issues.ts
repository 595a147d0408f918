/** A problem found in a data file: which file, where in it, and what is wrong. */
export interface DataIssue {
  file: string;
  /** JSON path into the file, e.g. `$.unitTypes[2].positions[0].id`. */
  path: string;
  message: string;
}

export type PathItem = string | number;

export function formatPath(items: readonly PathItem[]): string {
  let out = '$';
  for (const item of items) {
    if (typeof item === 'number') out += `[${item}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(item)) out += `.${item}`;
    else out += `[${JSON.stringify(item)}]`;
  }
  return out;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/** Thrown (and caught by the loader) when a data file is not usable. */
export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}
