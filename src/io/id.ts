/**
 * Random ids for proposals and scenarios. crypto.getRandomValues works in every context the app
 * runs in (file://, http, workers), unlike crypto.randomUUID, which needs a secure context.
 */
export function newId(prefix = 'p'): string {
  const b = crypto.getRandomValues(new Uint8Array(9));
  return `${prefix}-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}
