// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../io/import/import-file.ts';
import { scenarioInitialState, useScenarioStore } from '../../app/scenario-store.ts';
import { renderWithApp } from '../test-utils.tsx';
import { ImportSection } from './ImportSection.tsx';

describe('ImportSection', () => {
  it('announces automatic corrections in a status element, not folded away', () => {
    const csv = 'name,lon,lat\n甲,22.55,114.06\n乙,114.07,22.56\n';
    const r = importFile('sites.csv', csv);
    if (!r.ok) throw new Error();
    useScenarioStore.setState({ ...scenarioInitialState(), preview: { fileName: 'sites.csv', features: r.features, warnings: r.warnings, dropped: r.dropped, detected: r.detected, target: { kind: 'new', name: 'sites' } } }, true);
    renderWithApp(<ImportSection />);
    const status = screen.getByRole('status');
    expect(status).toBeVisible();
    expect(status).toHaveTextContent('第 2 行');
    expect(status).toHaveTextContent('写反');
  });
});
