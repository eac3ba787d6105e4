// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CoverageSummary } from '../analysis/coverage.ts';
import { analysisInitialState, useAnalysisStore } from '../app/analysis-store.ts';
import { useAppStore } from '../app/store.ts';
import { AreaOnlyChip, AreaPanel } from './AreaPanel.tsx';
import { InfoPanel } from './InfoPanel.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { renderWithApp } from './test-utils.tsx';

const row = (id: string, popShare: number) => ({
  id, name_zh: id, name_en: id, approximate: false, hasGrid: true, landKm2: 78, coveredKm2: 78 * popShare, uncoveredKm2: 78 * (1 - popShare),
  landShare: popShare, population: 1_553_225, coveredPopulation: 1_553_225 * popShare, uncoveredPopulation: 1_553_225 * (1 - popShare), popShare,
});
const summary: CoverageSummary = {
  radiusM: 769, nodeCount: 12, jiedao: [{ ...row('futian-huaqiangbei', 0.9), districtId: 'futian' }],
  districts: [row('futian', 0.625)], city: row('city', 0.5), cityIncludingApproximate: row('city', 0.5), excludedFromCity: [],
};

describe('AreaPanel: a district’s layout at a glance', () => {
  it('lists its plan places by layer with their status, its zones, area and census population', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(<AreaPanel />, { state: { selectedArea: { kind: 'district', id: 'futian' } } });
    expect(screen.getByTestId('area-title')).toHaveTextContent('福田区');
    expect(within(screen.getByTestId('area-places')).getByText('特色商街')).toBeInTheDocument();
    expect(within(screen.getByTestId('area-places')).getByText('华强北')).toBeInTheDocument();
    expect(screen.getByTestId('area-places')).not.toHaveTextContent('深圳湾口岸');
    expect(screen.getByTestId('area-status-counts')).toHaveTextContent('改造提升 1');
    expect(screen.getByTestId('area-zones')).toHaveTextContent('测试保税区');
    expect(screen.getByTestId('area-population')).toHaveTextContent('1,553,225');
    expect(screen.queryByTestId('area-coverage')).toBeNull();
  });
  it('shows coverage figures from the analysis results when the analysis is on', () => {
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true, result: { levels: [{ minutes: 15, radiusM: 769, summary }], invalidNodeIds: [] } }, true);
    renderWithApp(<AreaPanel />, { state: { selectedArea: { kind: 'district', id: 'futian' } } });
    expect(screen.getByTestId('area-coverage')).toHaveTextContent('人口 62.5 %');
  });
  it('turns "show only this district" into a map filter, and the chip turns it off', () => {
    useAnalysisStore.setState(analysisInitialState(), true);
    renderWithApp(
      <>
        <AreaPanel />
        <AreaOnlyChip />
      </>,
      { state: { selectedArea: { kind: 'district', id: 'futian' } } },
    );
    fireEvent.click(screen.getByTestId('area-only'));
    expect(useAppStore.getState().areaOnly).toEqual({ kind: 'district', id: 'futian' });
    expect(screen.getByTestId('area-only')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('area-only-chip')).toHaveTextContent('仅显示：福田区');
    fireEvent.click(screen.getByTestId('area-only-off'));
    expect(useAppStore.getState().areaOnly).toBeNull();
    fireEvent.click(screen.getByTestId('area-zoom'));
    expect(useAppStore.getState().camera).toMatchObject({ kind: 'bounds' });
  });
  it('works for a 街道 from the built index, with its modelled population and coverage, in English', () => {
    useAnalysisStore.setState({ ...analysisInitialState(), enabled: true, result: { levels: [{ minutes: 15, radiusM: 769, summary }], invalidNodeIds: [] } }, true);
    renderWithApp(<AreaPanel />, { lang: 'en', state: { selectedArea: { kind: 'jiedao', id: 'futian-huaqiangbei' } } });
    expect(screen.getByTestId('area-title')).toHaveTextContent('Huaqiangbei Subdistrict');
    expect(screen.getByTestId('area-population')).toHaveTextContent('model');
    expect(screen.getByTestId('area-coverage')).toHaveTextContent('people 90.0 %');
    expect(screen.getByTestId('area-only')).toHaveTextContent('Show only this subdistrict');
  });
});

describe('InfoPanel for a zone', () => {
  it('gives the quote, the drawn and official areas, and how the shape was drawn', () => {
    renderWithApp(<InfoPanel />, { state: { selectedId: 'zone-test-bonded' } });
    expect(screen.getByTestId('info-title')).toHaveTextContent('测试保税区');
    expect(screen.getByTestId('info-quote')).toHaveTextContent('福田保税区建设');
    expect(screen.getByTestId('info-area')).toHaveTextContent('2.04');
    expect(screen.getByTestId('info-area')).toHaveTextContent('官方 1.35');
    expect(screen.getByTestId('info-placement')).toHaveTextContent('示意范围');
  });
});

describe('LayerPanel: zones and axes', () => {
  it('have their own toggles and legend', () => {
    renderWithApp(<LayerPanel />);
    expect(screen.getByTestId('plan-shapes')).toHaveTextContent('海关特殊监管区域');
    fireEvent.click(screen.getByTestId('toggle-zones'));
    expect(useAppStore.getState().visible.zones).toBe(false);
    expect(useAppStore.getState().visible.axes).toBe(true);
  });
});
