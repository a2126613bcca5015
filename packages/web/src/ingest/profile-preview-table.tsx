/**
 * The first rows of the sample as an import with the profile being edited would read them: one
 * column per mapped field, each cell the normalised value, red where an error was found in it
 * and yellow for a warning, the problem's words on hover.
 */
import { Alert, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CellProblem, FieldName, Preview } from '../api/index.js';

function cellColour(problems: CellProblem[]): string | undefined {
  if (problems.some((p) => p.severity === 'error')) return 'var(--mantine-color-red-1)';
  if (problems.length > 0) return 'var(--mantine-color-yellow-1)';
  return undefined;
}

export function ProfilePreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const fields = preview.columns.filter(
    (c): c is { column: string; field: FieldName } => c.field !== null,
  );
  const text = (v: string | number | boolean | null | undefined) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'boolean'
        ? t(v ? 'editor.yes' : 'editor.no')
        : String(v);
  return (
    <>
      {preview.fit && (
        <Alert color="orange" variant="light" title={t('editor.fitTitle')} mb="sm" role="alert">
          <Text size="sm">{preview.fit.message}</Text>
          {preview.fit.hint && (
            <Text size="sm" c="dimmed">
              {preview.fit.hint}
            </Text>
          )}
        </Alert>
      )}
      <ScrollArea type="auto">
        <Table withColumnBorders verticalSpacing={4} fz="xs" data-testid="profile-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('editor.rowNumber')}</Table.Th>
              {fields.map((c) => (
                <Table.Th key={c.field} data-field={c.field}>
                  {t(`fields.${c.field}`)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {c.column}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th>{t('editor.otherProblems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => {
              const other = row.problems.filter((p) => p.field === null);
              return (
                <Table.Tr key={row.rowNumber}>
                  <Table.Td c="dimmed">{row.rowNumber}</Table.Td>
                  {fields.map((c) => {
                    const problems = row.problems.filter((p) => p.field === c.field);
                    return (
                      <Table.Td
                        key={c.field}
                        data-field={c.field}
                        data-problem={problems[0]?.severity}
                        title={problems.map((p) => p.message).join(' · ') || undefined}
                        style={{ background: cellColour(problems), whiteSpace: 'nowrap' }}
                      >
                        {text(row.fields[c.field])}
                      </Table.Td>
                    );
                  })}
                  <Table.Td c="dimmed">{other.map((p) => p.message).join(' · ')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
