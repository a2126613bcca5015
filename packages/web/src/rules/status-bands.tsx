/** The deciles each poverty status covers under a status rule, and what DTKS counts as. */
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusRule } from '../api/index.js';
import { statusBands } from './rule-edit.js';

export function StatusBands({ rule }: { rule: StatusRule }) {
  const { t } = useTranslation();
  return (
    <div data-testid="status-bands">
      <Text size="sm" fw={500}>
        {t('rules.status.bands')}
      </Text>
      <List size="sm" spacing={2}>
        {statusBands(rule).map(({ band, from, to }) => (
          <List.Item key={band}>
            {`${t(`rules.band.${band}`)}: `}
            {from > to
              ? t('rules.status.none')
              : from === to
                ? t('rules.status.single', { from })
                : t('rules.status.range', { from, to })}
          </List.Item>
        ))}
        <List.Item>{t('rules.status.dtks', { decile: rule.dtksDecile })}</List.Item>
      </List>
    </div>
  );
}
