/** Whether a rule is the default or who changed it, and when. */
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleOverride } from '../api/index.js';
import { useDateTime } from '../i18n/index.js';

export function RuleState({ override }: { override: RuleOverride | undefined }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  if (override === undefined) {
    return (
      <Badge variant="light" color="gray">
        {t('rules.default')}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="orange.8">
      {t('rules.changed', { by: override.updatedBy, at: dateTime(override.updatedAt) })}
    </Text>
  );
}
