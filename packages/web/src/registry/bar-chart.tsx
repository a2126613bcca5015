/**
 * A small ECharts bar chart (SVG renderer, like the map: crisp in print, inspectable). Loaded
 * lazily with the dashboard so ECharts stays out of the first bundle.
 */
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([Bars, GridComponent, TooltipComponent, SVGRenderer]);

export interface BarChartProps {
  categories: string[];
  values: number[];
  /** One colour per bar, or one for all. */
  colors: string[] | string;
  label: string;
  testId: string;
}

export default function BarChart({ categories, values, colors, label, testId }: BarChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (el.current === null) return;
    const instance = echarts.init(el.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            data: values.map((v, i) => ({
              value: v,
              itemStyle: { color: typeof colors === 'string' ? colors : colors[i] },
            })),
            label: { show: true, position: 'top', fontSize: 10 },
          },
        ],
      },
      { notMerge: true },
    );
  }, [categories, values, colors]);

  return (
    <div
      ref={el}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height: 240 }}
    />
  );
}
