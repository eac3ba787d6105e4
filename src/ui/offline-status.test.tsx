// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { useOfflineStore } from '../app/offline-store.ts';
import { OfflineBadge, UpdatePrompt } from './OfflineStatus.tsx';
import { renderWithApp } from './test-utils.tsx';

beforeEach(() => useOfflineStore.setState({ offlineReady: false, needRefresh: false, refreshDeferred: false, unavailable: null }));

describe('offline status', () => {
  it('shows nothing until the app is saved, then a badge', () => {
    const { rerender } = renderWithApp(<OfflineBadge />);
    expect(screen.queryByTestId('offline-ready')).toBeNull();
    useOfflineStore.setState({ offlineReady: true });
    rerender(<OfflineBadge />);
    expect(screen.getByRole('status')).toHaveTextContent('可离线使用');
  });

  it('says when the app could not be saved for offline use, and why (in the title)', () => {
    useOfflineStore.setState({ unavailable: 'bad HTTP response code (404)' });
    renderWithApp(<OfflineBadge />, { lang: 'en' });
    const badge = screen.getByRole('status');
    expect(badge).toHaveTextContent('Not saved for offline use');
    expect(badge.getAttribute('title')).toContain('(404)');
  });

  it('asks before switching to a new version; "later" hides the prompt', () => {
    const onUpdate = vi.fn();
    useOfflineStore.setState({ needRefresh: true });
    renderWithApp(<UpdatePrompt onUpdate={onUpdate} />, { lang: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    fireEvent.click(screen.getByTestId('update-now'));
    expect(onUpdate).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('update-prompt')).toBeNull();
  });
});
