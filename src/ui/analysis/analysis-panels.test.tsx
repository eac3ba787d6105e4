// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CoverageSummary } from '../../analysis/coverage.ts';
import { analysisInitialState, useAnalysisStore } from '../../app/analysis-store.ts';
import { renderWithApp } from '../test-utils.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { LifeCircleForm } from './LifeCircleForm.tsx';

const row = (id: string, zh: string, popShare: number, uncovered: number) => ({
  id, name_zh: zh, name_en: id, approximate: false, hasGrid: true, landKm2: 100, coveredKm2: 100 - uncovered, uncoveredKm2: uncovered,
  landShare: popShare, population: 1000, coveredPopulation: popShare * 1000, uncoveredPopulation: 1000 - popShare * 1000, popShare,
});
const summary: CoverageSummary = {
  radiusM: 1000, nodeCount: 3, jiedao: [],
  districts: [row('futian', '福田区', 0.6, 40), row('baoan', '宝安区', 0.1, 90), row('luohu', '罗湖区', 0.3, 70)],
  city: row('city', '全市', 0.3, 200), cityIncludingApproximate: row('city', '全市', 0.3, 200), excludedFromCity: [],
};
const order = () => screen.getAllByRole('row').slice(1, 4).map((r) => r.getAttribute('data-district'));

describe('CoverageTable', () => {
  it('lists the worst-served district first, and re-sorts by any column', () => {
    renderWithApp(<CoverageTable summary={summary} />);
    expect(order()).toEqual(['baoan', 'luohu', 'futian']);
    fireEvent.click(screen.getByTestId('sort-popShare'));
    expect(order()).toEqual(['futian', 'luohu', 'baoan']);
    fireEvent.click(screen.getByTestId('sort-uncoveredKm2'));
    expect(order()).toEqual(['futian', 'luohu', 'baoan']);
    expect(within(screen.getByTestId('coverage-table')).getByTestId('city-pop-share')).toHaveTextContent('30.0%');
  });
});

describe('LifeCircleForm', () => {
  it('refuses an absurd walking speed with a message and keeps the last valid value', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<LifeCircleForm />);
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '60' } });
    expect(screen.getByRole('alert')).toHaveTextContent('应在 3–6 之间（当前为 60）');
    expect(useAnalysisStore.getState().params.speedKmh).toBe(4.5);
    fireEvent.change(screen.getByTestId('speed'), { target: { value: 'abc' } });
    expect(screen.getByRole('alert')).toHaveTextContent('请输入数字');
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '5' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useAnalysisStore.getState().params.speedKmh).toBe(5);
  });
  it('shows each circle with its radius, following the walking parameters', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<LifeCircleForm />);
    // Default: GB 50180's 1,000 m walk ÷ detour factor 1.3.
    expect(screen.getByText(/15 分钟生活圈 · 半径 769 米/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('radius-straight'));
    expect(screen.getByText(/15 分钟生活圈 · 半径 1000 米/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('radius-walk'));
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('detour'), { target: { value: '1.2' } });
    expect(screen.getByText(/15 分钟生活圈 · 半径 1250 米/)).toBeInTheDocument();
  });
  it('will not leave zero life circles selected', () => {
    useAnalysisStore.setState({ ...analysisInitialState(), params: { ...analysisInitialState().params, minutes: [15] } }, true);
    renderWithApp(<LifeCircleForm />);
    fireEvent.click(screen.getByTestId('minutes-15'));
    expect(screen.getByRole('alert')).toHaveTextContent('请至少选择一个生活圈');
    expect(useAnalysisStore.getState().params.minutes).toEqual([15]);
  });
  it('says so when no service node is selected', () => {
    const empty = { ...summary, nodeCount: 0 };
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true, result: { levels: [{ minutes: 15, radiusM: 1000, summary: empty }], invalidNodeIds: [] } }, true);
    renderWithApp(<LifeCircleForm />);
    expect(screen.getByTestId('no-nodes')).toHaveTextContent('没有选中任何服务点');
  });
});
