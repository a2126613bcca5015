import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtractState } from '../api/index.js';

const colors = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

export function ExtractStateBadge({ state }: { state: ExtractState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light" data-testid="extract-state">
      {t(`extracts.state.${state}`)}
    </Badge>
  );
}
