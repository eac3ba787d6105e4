/**
 * IndexedDB failures → the codes the UI explains. Browsers disagree on names: Firefox has used
 * NS_ERROR_DOM_QUOTA_REACHED for a full disk, Safari and Firefox in private mode throw
 * InvalidStateError or SecurityError on open.
 */
import { issue, type Issue } from '../issue.ts';

export function classifyStorageError(e: unknown, during: 'open' | 'read' | 'write'): Issue {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  const code = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return issue('storage.quotaExceeded');
  if (name === 'VersionError') return issue('storage.newerVersion');
  if (during === 'open' && ['InvalidStateError', 'SecurityError', 'UnknownError', 'NotAllowedError'].includes(name)) {
    return issue('storage.unavailable', { value: name });
  }
  if (during === 'open') return issue('storage.openFailed', { value: name || 'Error' });
  return issue(during === 'read' ? 'storage.readFailed' : 'storage.writeFailed', { value: name || 'Error' });
}
