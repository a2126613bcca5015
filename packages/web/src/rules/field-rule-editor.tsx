/** Edits one field's rule: the criteria in the order they apply, and the sources' order. */
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleCriteria, ruleSources, type FieldRule } from '../api/index.js';
import { EditorActions, type RuleEditorProps } from './editor-actions.js';
import { OrderedPick } from './ordered-pick.js';

export function FieldRuleEditor(props: RuleEditorProps<FieldRule> & { field: string }) {
  const { t } = useTranslation();
  const [criteria, setCriteria] = useState(props.rule.criteria);
  const [sources, setSources] = useState(props.rule.sources);
  return (
    <Stack gap="md">
      <OrderedPick
        label={t('rules.column.criteria')}
        description={t('rules.criteriaHint')}
        options={ruleCriteria}
        value={criteria}
        onChange={setCriteria}
        labelOf={(c) => t(`rules.criterion.${c}`)}
        min={1}
        testId="rule-criteria"
      />
      {(props.field === 'nik' || props.field === 'kk') && (
        <Text size="xs" c="dimmed">
          {t('rules.validForced')}
        </Text>
      )}
      <OrderedPick
        label={t('rules.column.sources')}
        description={t('rules.sourcesHint')}
        options={ruleSources}
        value={sources}
        onChange={setSources}
        labelOf={(s) => t(`rules.source.${s}`)}
        testId="rule-sources"
      />
      <EditorActions
        overridden={props.overridden}
        pending={props.pending}
        error={props.error}
        canSave={criteria.length > 0}
        onSave={() => props.onSave({ criteria, sources })}
        onReset={props.onReset}
        onCancel={props.onCancel}
      />
    </Stack>
  );
}
