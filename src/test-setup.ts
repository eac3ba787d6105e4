// Adds DOM matchers (toBeInTheDocument…) to expect; harmless in node-environment tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library cleans up automatically only with vitest globals; we do it explicitly.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
