import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PovertyStatus } from '../api/index.js';
import { statusColors } from './registry-format.js';

export function StatusBadge({ status }: { status: PovertyStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === null ? 'gray' : statusColors[status]}
      variant={status === 'miskin_ekstrem' ? 'filled' : 'light'}
      data-testid="status-badge"
    >
      {t(`registry.status.${status ?? 'unknown'}`)}
    </Badge>
  );
}
