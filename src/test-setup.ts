// Adds DOM matchers (toBeInTheDocument…) to expect; harmless in node-environment tests.
import '@testing-library/jest-dom/vitest';
