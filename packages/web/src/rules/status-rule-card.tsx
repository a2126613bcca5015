/** The status rule in force: where a family's decile comes from, and the bands it gives. */
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistryRules } from '../api/index.js';
import { overrideOf } from './rule-edit.js';
import { RuleState } from './rule-state.js';
import { StatusBands } from './status-bands.js';

interface StatusRuleCardProps {
  rules: RegistryRules;
  canEdit: boolean;
  onEdit: () => void;
}

export function StatusRuleCard({ rules, canEdit, onEdit }: StatusRuleCardProps) {
  const { t } = useTranslation();
  const rule = rules.inForce.status;
  return (
    <Paper withBorder radius="md" p="md" data-rule="status">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('rules.status.title')}
        </Title>
        <Group gap="sm">
          <RuleState override={overrideOf(rules, 'status')} />
          {canEdit && (
            <Button size="compact-xs" variant="light" onClick={onEdit}>
              {t('rules.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('rules.status.order')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('rules.status.orderHint')}
          </Text>
          <Text size="sm">{rule.order.map((b) => t(`rules.basis.${b}`)).join(' → ')}</Text>
        </Stack>
        <StatusBands rule={rule} />
      </SimpleGrid>
    </Paper>
  );
}
