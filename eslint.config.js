import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'geodata', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Rendering user strings as HTML is how XSS gets in; text only (brief, non-negotiable 7).
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render user strings as text.' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user strings as text.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    // The map is drawn from props and plain data; it never reaches into app state (issue 7 §1).
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '**/app'], message: 'src/map must not import src/app: take state and callbacks as props (shared types: src/state-types.ts).' }] }],
    },
  },
  {
    // Components and the map call store actions; only stores, controllers and tests write state directly.
    files: ['src/ui/**', 'src/map/**'],
    ignores: ['**/*.test.{ts,tsx}', 'src/ui/test-utils.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user strings as text.' },
        { selector: "CallExpression[callee.property.name='setState']", message: 'Call a store action instead of setState.' },
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not a React hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
