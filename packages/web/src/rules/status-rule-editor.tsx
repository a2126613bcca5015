/** Edits the status rule: where a family's decile comes from, and the deciles of each status. */
import { Group, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleDecileBases, type StatusRule } from '../api/index.js';
import { EditorActions, type RuleEditorProps } from './editor-actions.js';
import { OrderedPick } from './ordered-pick.js';
import { StatusBands } from './status-bands.js';

const thresholds = ['extremeMax', 'poorMax', 'vulnerableMax', 'dtksDecile'] as const;

export function StatusRuleEditor(props: RuleEditorProps<StatusRule>) {
  const { t } = useTranslation();
  const [rule, setRule] = useState(props.rule);
  return (
    <Stack gap="md">
      <OrderedPick
        label={t('rules.status.order')}
        description={t('rules.status.orderHint')}
        options={ruleDecileBases}
        value={rule.order}
        onChange={(order) => setRule({ ...rule, order })}
        labelOf={(b) => t(`rules.basis.${b}`)}
        min={1}
        testId="rule-order"
      />
      <Group grow align="flex-start">
        {thresholds.map((key) => (
          <NumberInput
            key={key}
            label={t(`rules.status.${key}`)}
            min={key === 'dtksDecile' ? 1 : 0}
            max={10}
            clampBehavior="strict"
            allowDecimal={false}
            value={rule[key]}
            onChange={(v) => setRule({ ...rule, [key]: typeof v === 'number' ? v : Number(v) })}
          />
        ))}
      </Group>
      <StatusBands rule={rule} />
      <EditorActions
        overridden={props.overridden}
        pending={props.pending}
        error={props.error}
        canSave={rule.order.length > 0}
        onSave={() => props.onSave(rule)}
        onReset={props.onReset}
        onCancel={props.onCancel}
      />
    </Stack>
  );
}
