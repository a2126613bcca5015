/**
 * Chooses some of a fixed list of options, in order: the chosen ones numbered with buttons to
 * move them up or down or take them out, the others as buttons to add at the end.
 */
import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { moveItem } from './rule-edit.js';

interface OrderedPickProps<T extends string> {
  label: string;
  description?: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  labelOf: (option: T) => string;
  /** The fewest items that may stay chosen. */
  min?: number;
  max?: number;
  testId?: string;
}

export function OrderedPick<T extends string>(props: OrderedPickProps<T>) {
  const { label, description, options, value, onChange, labelOf, min = 0, testId } = props;
  const { t } = useTranslation();
  const max = props.max ?? options.length;
  const rest = options.filter((o) => !value.includes(o));
  return (
    <Stack gap={6} data-testid={testId}>
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {description !== undefined && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </div>
      <Paper withBorder radius="sm" p={6}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rules.noneChosen')}
          </Text>
        )}
        {value.map((item, i) => (
          <Group key={item} justify="space-between" gap="xs" wrap="nowrap" py={2}>
            <Text size="sm">{`${i + 1}. ${labelOf(item)}`}</Text>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="default"
                size="sm"
                disabled={i === 0}
                aria-label={t('rules.moveUp', { item: labelOf(item) })}
                onClick={() => onChange(moveItem(value, i, -1))}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="sm"
                disabled={i === value.length - 1}
                aria-label={t('rules.moveDown', { item: labelOf(item) })}
                onClick={() => onChange(moveItem(value, i, 1))}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="sm"
                color="red"
                disabled={value.length <= min}
                aria-label={t('rules.remove', { item: labelOf(item) })}
                onClick={() => onChange(value.filter((v) => v !== item))}
              >
                ×
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Paper>
      {rest.length > 0 && (
        <Group gap={6}>
          {rest.map((option) => (
            <Button
              key={option}
              size="compact-xs"
              variant="light"
              disabled={value.length >= max}
              aria-label={t('rules.add', { item: labelOf(option) })}
              onClick={() => onChange([...value, option])}
            >
              {`+ ${labelOf(option)}`}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
