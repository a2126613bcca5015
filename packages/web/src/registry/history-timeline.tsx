/** The versions of a golden record, newest first: when each began, what changed, which build. */
import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistryVersion } from '../api/index.js';

export function HistoryTimeline({ history }: { history: RegistryVersion[] }) {
  const { t } = useTranslation();
  const newestFirst = [...history].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  if (newestFirst.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('registry.history.none')}
      </Text>
    );
  return (
    <Timeline active={0} bulletSize={14} lineWidth={2} data-testid="history">
      {newestFirst.map((v) => (
        <Timeline.Item
          key={`${v.buildId}:${v.validFrom}`}
          title={
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {v.validTo === null
                  ? t('registry.history.since', { from: v.validFrom })
                  : t('registry.history.range', { from: v.validFrom, to: v.validTo })}
              </Text>
              <Badge size="xs" variant="light" color={v.change === 'new' ? 'blue' : 'grape'}>
                {t(`registry.history.change.${v.change}`)}
              </Badge>
            </Group>
          }
        >
          {v.changedFields.length > 0 && (
            <Text size="xs">
              {t('registry.history.fields', { fields: v.changedFields.join(', ') })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('registry.history.build', {
              build: v.buildId,
              run: v.matchRunId,
              batches: v.batchIds.join(', '),
              by: v.builtBy,
            })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
