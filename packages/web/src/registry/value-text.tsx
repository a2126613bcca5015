import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Chosen } from '../api/index.js';
import { valueKind } from './registry-format.js';

/** A registry value as it reads: yes/no for aid flags, a dash when a source says nothing. */
export function useValueText(): (value: Chosen['value'] | undefined) => string {
  const { t } = useTranslation();
  return (value) => {
    const kind = valueKind(value);
    if (kind === 'yes') return t('registry.value.yes');
    if (kind === 'no') return t('registry.value.no');
    if (kind === 'empty') return '–';
    return String(value);
  };
}

export function ValueText({
  value,
  format,
}: {
  value: Chosen['value'] | undefined;
  format?: ((value: Chosen['value']) => string) | undefined;
}) {
  const text = useValueText();
  const kind = valueKind(value);
  return (
    <Text span size="sm" c={kind === 'empty' ? 'dimmed' : undefined}>
      {kind === 'text' && format !== undefined ? format(value!) : text(value)}
    </Text>
  );
}
