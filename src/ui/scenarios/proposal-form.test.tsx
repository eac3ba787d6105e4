// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { createHistory } from '../../io/history.ts';
import type { Scenario } from '../../io/proposal.ts';
import { scenarioInitialState, useScenarioStore } from '../../app/scenario-store.ts';
import { renderWithApp } from '../test-utils.tsx';
import { ProposalForm } from './ProposalForm.tsx';

const t0 = '2026-11-26T00:00:00.000Z';
const scenario: Scenario = {
  id: 's1', name: '测试方案', created: t0, updated: t0, slides: [], schemaVersion: 4,
  proposals: [{
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [114.05, 22.55] },
    properties: { id: 'p1', name_zh: '原名', name_en: '', layer: 'community_node', tier: 'community', status: 'build', note: '', source: 'drawn', created: t0, updated: t0 },
  }],
};
const open = () => useScenarioStore.setState({ ...scenarioInitialState(), active: scenario, history: createHistory(scenario), editingId: 'p1' }, true);

describe('ProposalForm', () => {
  it('refuses a proposal without any name, and changes nothing', () => {
    open();
    renderWithApp(<ProposalForm />);
    fireEvent.change(screen.getByTestId('form-name-zh'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('form-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('请至少填写一个名称');
    expect(useScenarioStore.getState().active!.proposals[0]!.properties.name_zh).toBe('原名');
  });
  it('saves valid attributes as one undoable edit and closes', () => {
    open();
    renderWithApp(<ProposalForm />);
    fireEvent.change(screen.getByTestId('form-name-zh'), { target: { value: '新名' } });
    fireEvent.change(screen.getByTestId('form-status'), { target: { value: 'explore' } });
    fireEvent.click(screen.getByTestId('form-save'));
    const s = useScenarioStore.getState();
    expect(s.active!.proposals[0]!.properties).toMatchObject({ name_zh: '新名', status: 'explore' });
    expect(s.history!.past).toHaveLength(1);
    expect(s.editingId).toBeNull();
  });
  it('offers only the categories that fit the geometry', () => {
    open();
    renderWithApp(<ProposalForm />);
    const options = [...(screen.getByTestId('form-layer') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['community_node', 'commercial_node']);
  });
});
