import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    testTimeout: 30000,
    // Let the shipped font's CSS through as text (font-faces.ts reads its unicode ranges).
    css: { include: [/noto-sans-sc/] },
  },
});
