/** The rules of one group of fields (a person's or a family's): how each field's value is chosen. */
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldRule, RegistryRules, RuleField } from '../api/index.js';
import { overrideOf } from './rule-edit.js';
import { RuleState } from './rule-state.js';

interface FieldRulesTableProps {
  group: 'person' | 'family';
  fields: readonly RuleField[];
  rules: RegistryRules;
  canEdit: boolean;
  onEdit: (field: RuleField, rule: FieldRule) => void;
}

export function FieldRulesTable({ group, fields, rules, canEdit, onEdit }: FieldRulesTableProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="xs">
        {t(`rules.${group}`)}
      </Title>
      <Table verticalSpacing={6} fz="sm" data-testid={`rules-${group}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rules.column.field')}</Table.Th>
            <Table.Th>{t('rules.column.criteria')}</Table.Th>
            <Table.Th>{t('rules.column.sources')}</Table.Th>
            <Table.Th>{t('rules.column.state')}</Table.Th>
            {canEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => {
            const rule = rules.inForce[group][field];
            if (rule === undefined) return null;
            const name = `${group}.${field}`;
            return (
              <Table.Tr key={field} data-rule={name}>
                <Table.Td fw={600}>{t(`rules.field.${field}`)}</Table.Td>
                <Table.Td>
                  {rule.criteria.map((c) => t(`rules.criterion.${c}`)).join(' → ')}
                </Table.Td>
                <Table.Td>
                  {rule.sources.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('rules.noSources')}
                    </Text>
                  ) : (
                    rule.sources.map((s) => t(`rules.source.${s}`)).join(' → ')
                  )}
                </Table.Td>
                <Table.Td>
                  <RuleState override={overrideOf(rules, name)} />
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="light" onClick={() => onEdit(field, rule)}>
                      {t('rules.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
