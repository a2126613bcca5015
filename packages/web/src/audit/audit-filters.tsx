/** The audit page's filters: edited freely, applied together by "Terapkan" (or Enter). */
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActionFilters } from '@tepat/domain';
import type { AuditFilters } from '../api/index.js';

const targetTypes = [
  'person',
  'family',
  'region',
  'batch',
  'match_run',
  'registry_build',
  'review_pair',
  'profile',
  'page',
  'rule',
  'user',
  'extract',
] as const;

export function AuditFiltersForm({ onApply }: { onApply: (f: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState<AuditFilters>({});
  const set = (k: keyof AuditFilters) => (v: string | null) => setF((old) => ({ ...old, [k]: v ?? undefined })); // prettier-ignore
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return (
    <form onSubmit={submit} aria-label={t('audit.filters')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('audit.filter.actor')}
          name="actor"
          value={f.actor ?? ''}
          onChange={(e) => set('actor')(e.currentTarget.value)}
          w={160}
        />
        <Select
          label={t('audit.filter.action')}
          name="action"
          data={auditActionFilters.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
          value={f.action ?? null}
          onChange={set('action')}
          clearable
          w={200}
        />
        <Select
          label={t('audit.filter.targetType')}
          name="targetType"
          data={targetTypes.map((v) => ({ value: v, label: t(`audit.target.${v}`) }))}
          value={f.targetType ?? null}
          onChange={set('targetType')}
          clearable
          w={170}
        />
        <TextInput
          label={t('audit.filter.targetId')}
          name="targetId"
          value={f.targetId ?? ''}
          onChange={(e) => set('targetId')(e.currentTarget.value)}
          w={130}
        />
        <TextInput
          type="date"
          label={t('audit.filter.from')}
          name="from"
          value={f.from ?? ''}
          onChange={(e) => set('from')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('audit.filter.to')}
          name="to"
          value={f.to ?? ''}
          onChange={(e) => set('to')(e.currentTarget.value)}
        />
        <Button type="submit">{t('audit.apply')}</Button>
      </Group>
    </form>
  );
}
