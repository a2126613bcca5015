/**
 * A pair's explanation drawn as a waterfall: one horizontal bar per step, from the prior through
 * each comparison's weight (with its term-frequency adjustment) to the total match weight. Bars
 * start where the previous step ended, so a reader sees which comparison pushed the pair across
 * the line. Plain SVG: a dozen bars need no chart library.
 */
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../api/index.js';
import type { Language } from '../i18n/index.js';
import { comparisonWords, levelWords } from './level-words.js';

interface Step {
  label: string;
  detail: string;
  from: number;
  to: number;
  kind: 'prior' | 'term' | 'total';
}

export function waterfallSteps(
  e: Explanation,
  priorLabel: string,
  totalLabel: string,
  language: Language,
): Step[] {
  const steps: Step[] = [
    { label: priorLabel, detail: '', from: 0, to: e.prior.weight, kind: 'prior' },
  ];
  let at = e.prior.weight;
  for (const c of e.comparisons) {
    const w = c.weight + c.tfAdjustment;
    const label = comparisonWords(c.comparison, language);
    const detail = levelWords(c.label, language);
    steps.push({ label, detail, from: at, to: at + w, kind: 'term' });
    at += w;
  }
  steps.push({ label: totalLabel, detail: '', from: 0, to: e.matchWeight, kind: 'total' });
  return steps;
}

const rowHeight = 26;
const labelWidth = 260;
const plotWidth = 420;
const valueWidth = 60;

export function Waterfall({ explanation }: { explanation: Explanation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const steps = waterfallSteps(explanation, t('review.prior'), t('review.total'), language);
  const values = steps.flatMap((s) => [s.from, s.to]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const x = (v: number) => labelWidth + ((v - lo) / (hi - lo || 1)) * plotWidth;
  const height = steps.length * rowHeight + 10;
  const color = (s: Step) =>
    s.kind === 'total'
      ? 'var(--mantine-color-blue-6)'
      : s.kind === 'prior'
        ? 'var(--mantine-color-gray-5)'
        : s.to >= s.from
          ? 'var(--mantine-color-teal-6)'
          : 'var(--mantine-color-red-6)';
  return (
    <Box style={{ overflowX: 'auto' }}>
      <svg
        width={labelWidth + plotWidth + valueWidth}
        height={height}
        role="img"
        aria-label={t('review.waterfallLabel')}
        data-testid="waterfall"
      >
        <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke="var(--mantine-color-gray-4)" />
        {steps.map((s, i) => {
          const y = i * rowHeight + 4;
          const left = Math.min(x(s.from), x(s.to));
          const width = Math.max(1, Math.abs(x(s.to) - x(s.from)));
          return (
            <g key={`${s.label}-${i}`} data-testid="waterfall-step">
              <text x={0} y={y + 15} fontSize={12} fontWeight={s.kind === 'term' ? 400 : 700}>
                {s.label}
                {s.detail && <tspan fill="var(--mantine-color-dimmed)"> · {s.detail}</tspan>}
              </text>
              <rect
                x={left}
                y={y + 3}
                width={width}
                height={rowHeight - 8}
                fill={color(s)}
                rx={2}
              />
              <text x={labelWidth + plotWidth + 6} y={y + 15} fontSize={12} fontFamily="monospace">
                {(s.kind === 'term' ? s.to - s.from : s.to).toFixed(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <Text size="xs" c="dimmed">
        {t('review.waterfallHelp')}
      </Text>
    </Box>
  );
}
