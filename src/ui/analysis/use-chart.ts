/**
 * An ECharts chart in a div: ECharts is loaded with `import()` on the first chart shown, the chart is
 * created once per element and given each new option. Without a canvas (jsdom) there is no chart; the
 * tables beside every chart carry the same numbers.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';

let loading: Promise<typeof import('./echarts-setup.ts')> | null = null;
const loadECharts = () => (loading ??= import('./echarts-setup.ts'));

export function useChart(el: RefObject<HTMLDivElement | null>, option: EChartsCoreOption | null): void {
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option ?? {}, true);
  }, [option]);
  useEffect(() => {
    let gone = false;
    void loadECharts().then(({ echarts }) => {
      if (gone || !el.current) return;
      try {
        chart.current = echarts.init(el.current, undefined, { renderer: 'canvas' });
        if (latest.current) chart.current.setOption(latest.current, true);
      } catch {
        chart.current = null;
      }
    });
    return () => {
      gone = true;
      chart.current?.dispose();
      chart.current = null;
    };
  }, [el]);
}
