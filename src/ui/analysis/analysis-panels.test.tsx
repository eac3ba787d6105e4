// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CoverageSummary } from '../../analysis/coverage.ts';
import { analysisInitialState, useAnalysisStore } from '../../app/analysis-store.ts';
import { renderWithApp } from '../test-utils.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { LifeCircleForm } from './LifeCircleForm.tsx';

const totals = (popShare: number, uncovered: number, population = 1000) => ({
  landKm2: 100, coveredKm2: 100 - uncovered, uncoveredKm2: uncovered, landShare: popShare,
  population, coveredPopulation: popShare * population, uncoveredPopulation: (1 - popShare) * population, popShare,
});
const row = (id: string, zh: string, popShare: number, uncovered: number) => ({ id, name_zh: zh, name_en: id, approximate: false, hasGrid: true, ...totals(popShare, uncovered) });
const jd = (id: string, districtId: string, popShare: number, population: number) => ({ id, name_zh: `${id}街道`, name_en: id, districtId, ...totals(popShare, 0, population) });
const summary: CoverageSummary = {
  radiusM: 1000, nodeCount: 3,
  districts: [row('futian', '福田区', 0.6, 40), row('baoan', '宝安区', 0.1, 90), row('luohu', '罗湖区', 0.3, 70)],
  jiedao: [jd('xixiang', 'baoan', 0.05, 600), jd('xinan', 'baoan', 0.16, 400), jd('huafu', 'futian', 0.9, 300), jd('lianhua', 'futian', 0.45, 700)],
  city: row('city', '全市', 0.3, 200), cityIncludingApproximate: row('city', '全市', 0.3, 200), excludedFromCity: [],
};
const order = () => screen.getAllByRole('row').filter((r) => r.closest('tbody')).map((r) => r.getAttribute('data-district') ?? r.getAttribute('data-jiedao'));

describe('CoverageTable', () => {
  it('lists the worst-served district first, and re-sorts by any column', () => {
    renderWithApp(<CoverageTable summary={summary} minutes={15} selected={null} onSelect={() => undefined} />);
    expect(order()).toEqual(['baoan', 'luohu', 'futian']);
    fireEvent.click(screen.getByTestId('sort-popShare'));
    expect(order()).toEqual(['futian', 'luohu', 'baoan']);
    fireEvent.click(screen.getByTestId('sort-uncoveredPopulation'));
    expect(order()).toEqual(['futian', 'luohu', 'baoan']);
    expect(within(screen.getByTestId('coverage-table')).getByTestId('city-pop-share')).toHaveTextContent('30.0%');
  });
  it('unfolds a district into its 街道, sorted like the districts', () => {
    renderWithApp(<CoverageTable summary={summary} minutes={15} selected={null} onSelect={() => undefined} />);
    fireEvent.click(screen.getByTestId('fold-futian'));
    expect(order()).toEqual(['baoan', 'luohu', 'futian', 'lianhua', 'huafu']);
    fireEvent.click(screen.getByTestId('sort-population'));
    expect(order()).toEqual(['futian', 'huafu', 'lianhua', 'baoan', 'luohu']);
    expect(screen.getByText('lianhua街道').closest('tr')!.querySelector('[data-col="uncoveredPopulation"]')).toHaveTextContent('385');
  });
  it('unfolds and highlights a 街道 selected on the map; a row click selects its area', () => {
    const picked: unknown[] = [];
    const { rerender } = renderWithApp(<CoverageTable summary={summary} minutes={15} selected={null} onSelect={(a) => picked.push(a)} />);
    expect(screen.queryByText('xinan街道')).toBeNull();
    rerender(<CoverageTable summary={summary} minutes={15} selected={{ kind: 'jiedao', id: 'xinan' }} onSelect={(a) => picked.push(a)} />);
    expect(screen.getByText('xinan街道').closest('tr')).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(screen.getByText('xixiang街道'));
    expect(picked).toEqual([{ kind: 'jiedao', id: 'xixiang' }]);
  });
});

describe('LifeCircleForm', () => {
  it('refuses an absurd walking speed with a message and keeps the last valid value', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<LifeCircleForm />);
    fireEvent.click(screen.getByTestId('radius-walk'));
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '60' } });
    expect(screen.getByRole('alert')).toHaveTextContent('应在 3–6 之间（当前为 60）');
    expect(useAnalysisStore.getState().params.speedKmh).toBe(4.5);
    fireEvent.change(screen.getByTestId('speed'), { target: { value: 'abc' } });
    expect(screen.getByRole('alert')).toHaveTextContent('请输入数字');
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '5' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useAnalysisStore.getState().params.speedKmh).toBe(5);
  });
  it('shows how each radius is found: GB 50180 walk ÷ detour by default, straight-line as an option, or walking speed', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<LifeCircleForm />);
    expect(screen.getByTestId('radius-label-15')).toHaveTextContent('步行 1,000 米 ÷ 1.3 = 直线 769 米');
    expect(screen.getByTestId('radius-label-5')).toHaveTextContent('步行 300 米 ÷ 1.3 = 直线 231 米');
    fireEvent.click(screen.getByTestId('radius-straight'));
    expect(screen.getByTestId('radius-label-15')).toHaveTextContent('直线 1,000 米');
    expect(screen.queryByTestId('detour')).toBeNull();
    fireEvent.click(screen.getByTestId('radius-walk'));
    fireEvent.change(screen.getByTestId('speed'), { target: { value: '6' } });
    fireEvent.change(screen.getByTestId('detour'), { target: { value: '1.2' } });
    expect(screen.getByTestId('radius-label-15')).toHaveTextContent('6 公里/小时 × 15 分钟 ÷ 1.2 = 直线 1,250 米');
  });
  it('labels the default radius in English as the issue asks', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<LifeCircleForm />, { lang: 'en' });
    expect(screen.getByTestId('radius-label-15')).toHaveTextContent('walk 1,000 m ÷ 1.3 = 769 m straight line');
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
