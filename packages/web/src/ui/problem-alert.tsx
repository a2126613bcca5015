import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/index.js';

/** Shows what the server said went wrong (its message and hint), not a bare status code. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('error.unknown');
  const hint = error instanceof ApiError ? error.hint : undefined;
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert">
      <Text size="sm">{message}</Text>
      {hint !== undefined && (
        <Text size="sm" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Alert>
  );
}
