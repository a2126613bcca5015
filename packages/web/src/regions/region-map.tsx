/**
 * The map of a region's children: GeoJSON from `/api/boundaries` drawn by an ECharts `map` series.
 * It uses the SVG renderer so each region is a real `<path>` and each label a `<text>` in the
 * page (inspectable, testable, crisp when printed). No tiles and nothing from outside the server.
 * Regions are keyed by Kemendagri code (`nameProperty: 'kode'`) because names repeat across
 * Indonesia; labels show the name. Loaded lazily so ECharts stays out of the first bundle.
 */
import { ActionIcon, Box, Tooltip } from '@mantine/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundaryCollection } from '../api/index.js';
import { aspectScaleFor, escapeHtml } from './map-geometry.js';

echarts.use([MapChart, TooltipComponent, LabelLayout, SVGRenderer]);

export interface RegionMapProps {
  /** Unique name to register the GeoJSON under, e.g. `tepat:35.74`. */
  mapKey: string;
  geojson: BoundaryCollection;
  /** Code of a region to draw in the accent colour (the desa being looked at). */
  highlight?: string | undefined;
  /** Fill colour per region code (a choropleth); regions left out keep the plain colour. */
  fill?: Readonly<Record<string, string>> | undefined;
  /** Text of the tooltip's second line for a region (code, kind). */
  describe: (code: string) => string;
  onSelect: (code: string) => void;
  /** Accessible name of the whole map. */
  label: string;
}

const colors = {
  area: '#d6ebe3',
  border: '#6f9e8c',
  hover: '#7bc0a5',
  accent: '#f2b705',
  text: '#1b2b26',
} as const;

function buildOption(props: RegionMapProps): echarts.EChartsCoreOption {
  const names = new Map(props.geojson.features.map((f) => [f.properties.kode, f.properties.nama]));
  const nameOf = (code: string) => names.get(code) ?? code;
  // Long official prefixes are shortened on the map as printed Indonesian maps do
  // ("Kab. Malang", "DKI Jakarta", "Kep. Riau"); the tooltip keeps the full name.
  const labelOf = (code: string) =>
    nameOf(code)
      .replace(/^Kabupaten /, 'Kab. ')
      .replace(/^Daerah Khusus Ibukota /, 'DKI ')
      .replace(/^Kepulauan /, 'Kep. ');
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string }) =>
        `<strong>${escapeHtml(nameOf(p.name))}</strong><br/>${escapeHtml(props.describe(p.name))}`,
    },
    series: [
      {
        type: 'map',
        map: props.mapKey,
        nameProperty: 'kode',
        aspectScale: aspectScaleFor(props.geojson),
        roam: true,
        scaleLimit: { min: 0.8, max: 40 },
        selectedMode: false,
        // Room for labels of regions on the edge, which are centred on the region.
        left: 32,
        right: 40,
        top: 16,
        bottom: 16,
        itemStyle: { areaColor: colors.area, borderColor: colors.border, borderWidth: 0.8 },
        label: {
          show: true,
          formatter: (p: { name: string }) => labelOf(p.name),
          fontSize: 11.5,
          color: colors.text,
          textBorderColor: 'rgba(255,255,255,0.9)',
          textBorderWidth: 2.5,
          minMargin: 3, // keeps the white halo of one label off its neighbour before hideOverlap decides
        },
        emphasis: { itemStyle: { areaColor: colors.hover }, label: { color: '#000' } },
        labelLayout: { hideOverlap: true },
        data: props.geojson.features.map((f) => ({
          name: f.properties.kode,
          itemStyle:
            f.properties.kode === props.highlight
              ? { areaColor: colors.accent }
              : props.fill?.[f.properties.kode] !== undefined
                ? { areaColor: props.fill[f.properties.kode] }
                : undefined,
        })),
      },
    ],
  };
}

export default function RegionMap(props: RegionMapProps) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (el.current === null) return;
    const instance = echarts.init(el.current, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (typeof p.name === 'string' && p.name !== '') latest.current.onSelect(p.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const { mapKey, geojson, highlight, fill } = props;
  useEffect(() => {
    // Registering again under the same key replaces the shapes, which is what a refetch means.
    echarts.registerMap(mapKey, geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
    chart.current?.setOption(buildOption(latest.current), { notMerge: true });
  }, [mapKey, geojson, highlight, fill]);

  const reset = () => chart.current?.setOption(buildOption(latest.current), { notMerge: true });

  return (
    <Box pos="relative" h="100%">
      <div
        ref={el}
        role="figure"
        aria-label={props.label}
        data-testid="region-map"
        data-region-count={geojson.features.length}
        style={{ width: '100%', height: '100%' }}
      />
      <Tooltip label={t('map.reset')}>
        <ActionIcon
          variant="default"
          pos="absolute"
          top={8}
          right={8}
          onClick={reset}
          aria-label={t('map.reset')}
        >
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
            <path d="M3 3v5h5" />
          </svg>
        </ActionIcon>
      </Tooltip>
    </Box>
  );
}
