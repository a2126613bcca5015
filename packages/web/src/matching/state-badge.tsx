import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewState } from '../api/index.js';

const colors = { open: 'gray', accepted: 'teal', rejected: 'red' } as const;

export function StateBadge({ state }: { state: ReviewState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light" data-testid="review-state">
      {t(`review.state.${state}`)}
    </Badge>
  );
}
