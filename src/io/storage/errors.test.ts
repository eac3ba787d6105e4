import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './errors.ts';

const dom = (name: string) => new DOMException('x', name);

describe('classifyStorageError', () => {
  it('maps browser errors to codes', () => {
    expect(classifyStorageError(dom('QuotaExceededError'), 'write').code).toBe('storage.quotaExceeded');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'write').code).toBe('storage.quotaExceeded');
    expect(classifyStorageError(dom('VersionError'), 'open').code).toBe('storage.newerVersion');
    expect(classifyStorageError(dom('InvalidStateError'), 'open')).toEqual({ code: 'storage.unavailable', params: { value: 'InvalidStateError' } });
    expect(classifyStorageError(dom('DataCloneError'), 'write')).toEqual({ code: 'storage.writeFailed', params: { value: 'DataCloneError' } });
    expect(classifyStorageError(new Error('?'), 'read')).toEqual({ code: 'storage.readFailed', params: { value: 'Error' } });
    expect(classifyStorageError(undefined, 'open')).toEqual({ code: 'storage.openFailed', params: { value: 'Error' } });
  });
});
