/**
 * An Issue is a message the UI shows the planner: `code` is an i18n key in namespace `io`
 * (render with `t('io:' + code, params)`), `params` fill its placeholders.
 *
 * Per-feature issues carry `feature` (1-based position in the file) or, for CSV rows, `line`
 * (1-based line in the file) plus `context: 'line'`. i18next reads `context` and picks the key
 * variant `<code>_line`, so one `t()` call yields "第 7 行：…" for CSV and "第 3 个要素：…" otherwise.
 */
export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: string;
  params: IssueParams;
}

export const issue = (code: string, params: IssueParams = {}): Issue => ({ code, params });

/** Longest user-supplied value echoed back in a message; a 2 MB string must not become a 2 MB toast. */
export const MAX_ECHO_CHARS = 80;

/** Shortens and stringifies a user value for a message. Always returns plain text (never markup). */
export function echo(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (value === undefined) s = 'undefined';
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  // Control characters would garble a one-line message.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return s.length > MAX_ECHO_CHARS ? `${s.slice(0, MAX_ECHO_CHARS - 1)}…` : s;
}

/** Where in the file a feature came from: a CSV line or a feature position. */
export interface Origin {
  feature: number;
  line?: number;
}

export function at(origin: Origin): IssueParams {
  return origin.line !== undefined ? { line: origin.line, context: 'line' } : { feature: origin.feature };
}
