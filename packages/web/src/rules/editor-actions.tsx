/** The foot of a rule editor: the server's refusal if any, then cancel, reset and save. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/index.js';

/** What every rule editor receives from the page, whatever the rule's shape. */
export interface RuleEditorProps<R> {
  rule: R;
  /** The rule is an override (so it can go back to the default). */
  overridden: boolean;
  pending: boolean;
  error: unknown;
  onSave: (rule: R) => void;
  onReset: () => void;
  onCancel: () => void;
}

interface EditorActionsProps {
  overridden: boolean;
  pending: boolean;
  error: unknown;
  canSave: boolean;
  onSave: () => void;
  onReset: () => void;
  onCancel: () => void;
}

export function EditorActions(props: EditorActionsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="md">
      {props.error !== null && props.error !== undefined && <ProblemAlert error={props.error} />}
      <Text size="xs" c="dimmed">
        {t('rules.appliesNext')}
      </Text>
      <Group justify="space-between">
        <Button
          variant="subtle"
          color="red"
          disabled={!props.overridden || props.pending}
          onClick={props.onReset}
        >
          {t('rules.reset')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={props.onCancel}>
            {t('rules.cancel')}
          </Button>
          <Button loading={props.pending} disabled={!props.canSave} onClick={props.onSave}>
            {t('rules.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
