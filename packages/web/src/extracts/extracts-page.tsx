/**
 * "Ekstrak mitra" (`/ekstrak`), for data stewards: give a partner the families of a selection for
 * a purpose under an agreement until a date, with the count before confirming; the extracts of
 * the steward's region, each revocable.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExtractForm } from './extract-form.js';
import { ExtractsTable } from './extracts-table.js';

export function ExtractsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2">
        {t('extracts.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('extracts.intro')}
      </Text>
      <ExtractForm />
      <Title order={2} size="h4">
        {t('extracts.list.title')}
      </Title>
      <ExtractsTable />
    </Stack>
  );
}
