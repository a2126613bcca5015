/**
 * "Aturan registri" (`/aturan`): how the registry chooses each field's value among the sources
 * (survivorship) and a family's poverty status from its decile. Everyone may read the rules; a
 * data steward changes one at a time or puts it back to the default. A change applies from the
 * next registry build.
 */
import { Alert, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleIn } from '@tepat/domain';
import { useSession } from '../access/index.js';
import {
  getRegistryRules,
  ruleFamilyFields,
  rulePersonFields,
  setRegistryRule,
  type FieldRule,
  type RuleField,
  type StatusRule,
} from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { FieldRuleEditor } from './field-rule-editor.js';
import { FieldRulesTable } from './field-rules-table.js';
import { overrideOf } from './rule-edit.js';
import { StatusRuleCard } from './status-rule-card.js';
import { StatusRuleEditor } from './status-rule-editor.js';

type Editing =
  | { kind: 'field'; group: 'person' | 'family'; field: RuleField; rule: FieldRule }
  | { kind: 'status'; rule: StatusRule };

const queryKey = ['registry-rules'];

export function RulesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = user !== null && roleIn(user.role, 'dataSteward');
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey, queryFn: ({ signal }) => getRegistryRules(signal) });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [done, setDone] = useState<{ label: string; reset: boolean } | null>(null);
  const name = editing?.kind === 'field' ? `${editing.group}.${editing.field}` : 'status';
  const label =
    editing?.kind === 'field'
      ? `${t(`rules.field.${editing.field}`)} (${t(`rules.of.${editing.group}`)})`
      : t('rules.status.title');
  const change = useMutation({
    mutationFn: (v: { name: string; rule: FieldRule | StatusRule | null }) =>
      setRegistryRule(v.name, v.rule),
    onSuccess: (data, v) => {
      queryClient.setQueryData(queryKey, data);
      void queryClient.invalidateQueries({ queryKey });
      setEditing(null);
      setDone({ label, reset: v.rule === null });
    },
  });
  const open = (next: Editing) => {
    change.reset();
    setDone(null);
    setEditing(next);
  };
  const editorProps = {
    overridden: rules.data !== undefined && overrideOf(rules.data, name) !== undefined,
    pending: change.isPending,
    error: change.error,
    onReset: () => change.mutate({ name, rule: null }),
    onCancel: () => setEditing(null),
  };
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2">
        {t('rules.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rules.intro')}
      </Text>
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('rules.readOnly')}
        </Text>
      )}
      {done !== null && (
        <Alert
          color="teal"
          variant="light"
          data-testid="rule-saved"
          withCloseButton
          onClose={() => setDone(null)}
        >
          {t(done.reset ? 'rules.resetDone' : 'rules.saved', { name: done.label })}
        </Alert>
      )}
      {rules.error && <ProblemAlert error={rules.error} />}
      {rules.isPending && <Loader size="sm" />}
      {rules.data && (
        <>
          <FieldRulesTable
            group="person"
            fields={rulePersonFields}
            rules={rules.data}
            canEdit={canEdit}
            onEdit={(field, rule) => open({ kind: 'field', group: 'person', field, rule })}
          />
          <FieldRulesTable
            group="family"
            fields={ruleFamilyFields}
            rules={rules.data}
            canEdit={canEdit}
            onEdit={(field, rule) => open({ kind: 'field', group: 'family', field, rule })}
          />
          <StatusRuleCard
            rules={rules.data}
            canEdit={canEdit}
            onEdit={() => open({ kind: 'status', rule: rules.data.inForce.status })}
          />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing?.kind === 'field' ? t('rules.editField', { field: label }) : t('rules.editStatus')
        }
      >
        {editing?.kind === 'field' && (
          <FieldRuleEditor
            {...editorProps}
            key={name}
            field={editing.field}
            rule={editing.rule}
            onSave={(rule) => change.mutate({ name, rule })}
          />
        )}
        {editing?.kind === 'status' && (
          <StatusRuleEditor
            {...editorProps}
            rule={editing.rule}
            onSave={(rule) => change.mutate({ name, rule })}
          />
        )}
      </Modal>
    </Stack>
  );
}
