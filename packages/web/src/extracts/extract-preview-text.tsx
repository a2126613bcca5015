/** The live count of a selection: how many families, and how many in each desa. */
import { Group, Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtractPreview } from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';

export function ExtractPreviewText({
  preview,
  counting,
}: {
  preview: ExtractPreview | undefined;
  /** The count shown is not yet the selection's as typed. */
  counting: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  if (preview === undefined && !counting) return null;
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-gray-0)">
      <Group gap="xs">
        {counting && <Loader size="xs" />}
        {preview && (
          <Text
            fw={600}
            data-testid="extract-count"
            data-count={counting ? undefined : preview.count}
          >
            {t('extracts.form.count', { count: preview.count, n: fmt(preview.count) })}
          </Text>
        )}
        {counting && !preview && <Text size="sm">{t('extracts.form.counting')}</Text>}
      </Group>
      {preview && preview.byDesa.length > 0 && (
        <Table fz="xs" mt="xs" withRowBorders={false} maw={480}>
          <Table.Tbody>
            {preview.byDesa.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td>{d.code}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td ta="right">{fmt(d.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
