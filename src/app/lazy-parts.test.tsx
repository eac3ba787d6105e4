// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { deferred } from '../ui/deferred.tsx';
import { renderWithApp } from '../ui/test-utils.tsx';
import { onFirstCall } from './lazy-parts.ts';

describe('loaded on first use', () => {
  it('the analysis worker is created on the first question, once', async () => {
    const create = vi.fn(() => ({ coverage: async (k: number) => k * 2, nearest: async () => 'n' }));
    const api = onFirstCall(create);
    expect(create).not.toHaveBeenCalled();
    expect(await api.coverage(21)).toBe(42);
    expect(await api.nearest()).toBe('n');
    expect(create).toHaveBeenCalledTimes(1);
    expect((api as unknown as { then?: unknown }).then).toBeUndefined(); // awaiting the handle starts nothing
  });

  it('a deferred panel says it is loading, then shows itself', async () => {
    let resolve!: (c: () => React.ReactElement) => void;
    const Panel = deferred(() => new Promise<() => React.ReactElement>((r) => (resolve = r)));
    renderWithApp(<Panel />);
    expect(screen.getByTestId('deferred-loading')).toHaveTextContent('正在载入');
    resolve(() => <p>panel body</p>);
    expect(await screen.findByText('panel body')).toBeInTheDocument();
  });

  it('a chunk that cannot be fetched (offline) is explained, and can be tried again', async () => {
    let attempts = 0;
    const Panel = deferred(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <p>panel body</p>;
    });
    renderWithApp(<Panel />, { lang: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot open offline (Failed to fetch dynamically imported module)');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('panel body')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
