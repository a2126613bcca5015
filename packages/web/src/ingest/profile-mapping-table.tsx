/**
 * The editable heart of a profile: one line per column of the sample file with the field it
 * fills, its value codes and, for dates, the format — and why the draft guessed what it did.
 */
import { NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  dateFormats,
  fieldNames,
  type DraftColumn,
  type FieldName,
  type SourceProfile,
} from '../api/index.js';
import {
  codesText,
  mappingOf,
  setColumnCodes,
  setColumnDateFormat,
  setColumnField,
} from './profile-edit.js';

interface Props {
  header: string[];
  profile: SourceProfile;
  reasons: DraftColumn[];
  readOnly: boolean;
  onChange: (profile: SourceProfile) => void;
}

export function ProfileMappingTable({ header, profile, reasons, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const fieldOptions = [
    { value: '', label: t('editor.unmapped') },
    ...fieldNames.map((f) => ({ value: f, label: t(`fields.${f}`) })),
  ];
  const dateOptions = dateFormats.map((f) => ({
    value: f,
    label: t(`editor.dateFormatName.${f}`),
  }));
  if (header.length === 0) return <Text c="dimmed">{t('editor.noSampleColumns')}</Text>;
  return (
    <Table verticalSpacing={4} fz="sm" data-testid="profile-mapping">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('editor.column.column')}</Table.Th>
          <Table.Th>{t('editor.column.field')}</Table.Th>
          <Table.Th>{t('editor.column.codes')}</Table.Th>
          <Table.Th>{t('editor.column.dateFormat')}</Table.Th>
          <Table.Th visibleFrom="md">{t('editor.column.guess')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {header.map((column, i) => {
          const mapping = mappingOf(profile, column)?.[1];
          const reason = reasons.find((r) => r.index === i);
          return (
            <Table.Tr key={`${i}-${column}`}>
              <Table.Td fw={500}>{column}</Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={t('editor.fieldOf', { column })}
                  data={fieldOptions}
                  value={mapping?.field ?? ''}
                  disabled={readOnly}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    onChange(setColumnField(profile, column, v === '' ? null : (v as FieldName)));
                  }}
                />
              </Table.Td>
              <Table.Td>
                {mapping && (
                  <TextInput
                    size="xs"
                    aria-label={t('editor.codesOf', { column })}
                    placeholder={t('editor.codesPlaceholder')}
                    defaultValue={codesText(mapping.codes)}
                    key={`${column}-${codesText(mapping.codes)}`}
                    disabled={readOnly}
                    onBlur={(e) => onChange(setColumnCodes(profile, column, e.currentTarget.value))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        onChange(setColumnCodes(profile, column, e.currentTarget.value));
                      }
                    }}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {mapping?.field === 'birthDate' && (
                  <NativeSelect
                    size="xs"
                    aria-label={t('editor.dateFormatOf', { column })}
                    data={dateOptions}
                    value={mapping.dateFormat ?? 'auto'}
                    disabled={readOnly}
                    onChange={(e) =>
                      onChange(
                        setColumnDateFormat(
                          profile,
                          column,
                          e.currentTarget.value as (typeof dateFormats)[number],
                        ),
                      )
                    }
                  />
                )}
              </Table.Td>
              <Table.Td visibleFrom="md">
                {reason && (
                  <Text size="xs" c={reason.confidence < 0.6 ? 'orange' : 'dimmed'}>
                    {reason.reason}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
