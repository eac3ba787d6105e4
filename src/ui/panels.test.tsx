// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { useAppStore } from '../app/store.ts';
import { fixtureData } from '../map/test-fixtures.ts';
import { AlertStack } from './AlertStack.tsx';
import { InfoPanel } from './InfoPanel.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { renderWithApp } from './test-utils.tsx';

describe('LayerPanel', () => {
  it('lists every category with its count, and unticking one hides it in the store', () => {
    renderWithApp(<LayerPanel />);
    const row = screen.getByText('口岸').closest('label')!;
    expect(row).toHaveTextContent('1 处');
    fireEvent.click(screen.getByTestId('toggle-port'));
    expect(useAppStore.getState().visible.port).toBe(false);
    expect(useAppStore.getState().visible.city_circle).toBe(true);
  });
  it('has a status filter', () => {
    renderWithApp(<LayerPanel />);
    fireEvent.click(screen.getByTestId('status-explore'));
    expect(useAppStore.getState().statuses.explore).toBe(false);
  });
  it('is complete in English', () => {
    renderWithApp(<LayerPanel />, { lang: 'en' });
    expect(screen.getByText('Ports of entry')).toBeInTheDocument();
    expect(screen.getByText('To explore')).toBeInTheDocument();
  });
});

describe('InfoPanel', () => {
  it('shows what the plan says about the selected place', () => {
    renderWithApp(<InfoPanel />, { state: { selectedId: 'huaqiangbei' } });
    expect(screen.getByTestId('info-title')).toHaveTextContent('华强北');
    expect(screen.getByTestId('info-status')).toHaveTextContent('改造提升');
    expect(screen.getByTestId('info-ref')).toHaveTextContent('专栏2-1');
    expect(screen.getByTestId('info-quote')).toHaveTextContent('中国电子第一街');
    expect(screen.getByTestId('info-district')).toHaveTextContent('福田区');
  });
  it('marks ports the plan does not name', () => {
    renderWithApp(<InfoPanel />, { state: { selectedId: 'shenzhen-bay-port' }, lang: 'en' });
    expect(screen.getByText('The plan does not name this port; shown for context.')).toBeInTheDocument();
  });
  it('renders names as text, never as HTML', () => {
    const data = fixtureData();
    data.places.features[0]!.properties!.name_zh = '<img src=x onerror=alert(1)>';
    const { container } = renderWithApp(<InfoPanel />, { state: { selectedId: 'huaqiangbei', data } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('info-title').textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('SearchBox', () => {
  it('selects a place and asks the map to fly there', () => {
    renderWithApp(<SearchBox />);
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: '深圳湾' } });
    fireEvent.mouseDown(screen.getAllByRole('option')[0]!);
    const s = useAppStore.getState();
    expect(s.selectedId).toBe('shenzhen-bay-port');
    expect(s.camera).toMatchObject({ kind: 'view', view: { lon: 113.9466, lat: 22.5046 } });
  });
  it('says when nothing matches', () => {
    renderWithApp(<SearchBox />);
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'xyz' } });
    expect(screen.getByText('没有找到“xyz”')).toBeInTheDocument();
  });
});

describe('AlertStack', () => {
  it('shows errors in role=alert elements, in the current language', () => {
    renderWithApp(<AlertStack />, { lang: 'en', state: { alerts: [{ id: 1, key: 'errors.geodata', params: { file: 'places/port.geojson', reason: 'HTTP 404' }, level: 'error' }] } });
    expect(screen.getByRole('alert')).toHaveTextContent('Map data places/port.geojson could not be read (HTTP 404)');
  });
});
