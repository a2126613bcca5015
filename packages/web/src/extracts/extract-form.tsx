/**
 * A new extract: the partner, what for and under which agreement, the selection (region, decile,
 * status, desa), the released columns and the last valid day. The families are counted as the
 * steward types (the server's preview, in their region scope); the button gives exactly that
 * count, and the server refuses if the registry changed in between.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isWithin } from '@tepat/domain';
import { useSession } from '../access/index.js';
import {
  createExtract,
  extractFields,
  listPartners,
  povertyStatuses,
  previewExtract,
  type DecileBasis,
  type Extract,
  type ExtractField,
  type ExtractSelection,
  type PovertyStatus,
} from '../api/index.js';
import { useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ExtractPreviewText } from './extract-preview-text.js';

const defaultFields: ExtractField[] = ['headName', 'address', 'desa', 'memberCount', 'decile'];

/** YYYY-MM-DD `n` days from today, in the reader's local time. */
function inDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ExtractForm() {
  const { t } = useTranslation();
  const fmt = useFormatNumber();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const partners = useQuery({ queryKey: ['extract-partners'], queryFn: ({ signal }) => listPartners(signal) }); // prettier-ignore
  const [partner, setPartner] = useState<string | null>(null);
  const [purpose, setPurpose] = useState('');
  const [reference, setReference] = useState('');
  const [region, setRegion] = useState(user?.regionCode ?? '');
  const [maxDecile, setMaxDecile] = useState<string | null>(null);
  const [basis, setBasis] = useState<DecileBasis>('registry');
  const [statuses, setStatuses] = useState<string[]>([]);
  const [desa, setDesa] = useState('');
  const [fields, setFields] = useState<string[]>(defaultFields);
  const [kkInFull, setKkInFull] = useState(false);
  const [withNik, setWithNik] = useState(false);
  const [expiresOn, setExpiresOn] = useState(() => inDays(90));
  const [created, setCreated] = useState<Extract | null>(null);

  const selection = useMemo<ExtractSelection>(() => {
    const codes = desa.split(',').map((s) => s.trim()).filter((s) => s !== ''); // prettier-ignore
    return {
      ...(partner !== null && { partner }),
      region: region.trim(),
      criteria: {
        decileBasis: basis,
        ...(maxDecile !== null && { maxDecile: Number(maxDecile) }),
        ...(statuses.length > 0 && { statuses: statuses as PovertyStatus[] }),
        ...(codes.length > 0 && { desa: codes }),
      },
    };
  }, [partner, region, basis, maxDecile, statuses, desa]);
  const [debounced] = useDebouncedValue(selection, 300);
  const preview = useQuery({
    queryKey: ['extract-preview', debounced],
    queryFn: ({ signal }) => previewExtract(debounced, signal),
    enabled: debounced.region !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });
  const count = preview.data?.count;
  const current = debounced === selection && !preview.isFetching && !preview.isError;

  const create = useMutation({
    mutationFn: () =>
      createExtract({
        ...selection,
        partner: partner ?? '',
        purpose,
        reference,
        fields: extractFields.filter((f) => fields.includes(f)),
        kkInFull,
        withNik,
        expiresOn,
        ...(count !== undefined && { expectedCount: count }),
      }),
    onSuccess: (e) => {
      setCreated(e);
      setPurpose('');
      setReference('');
      void queryClient.invalidateQueries({ queryKey: ['extracts'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const choosePartner = (username: string | null) => {
    setPartner(username);
    const p = partners.data?.items.find((x) => x.username === username);
    // A partner's region inside the steward's is the natural default for the selection.
    if (p?.regionCode && (!user?.regionCode || isWithin(p.regionCode, user.regionCode)))
      setRegion(p.regionCode);
  };

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} data-testid="new-extract">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('extracts.form.title')}
          </Title>
          {created && (
            <Alert
              color="teal"
              variant="light"
              withCloseButton
              onClose={() => setCreated(null)}
              data-testid="extract-created"
            >
              {t('extracts.form.created', {
                id: created.id,
                partner: created.recipient,
                count: fmt(created.familyCount),
                expiresOn: created.expiresOn,
              })}
            </Alert>
          )}
          {create.error && <ProblemAlert error={create.error} />}
          {partners.data?.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('extracts.form.noPartners')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('extracts.form.partner')}
              placeholder={t('extracts.form.partnerPlaceholder')}
              data={(partners.data?.items ?? []).map((p) => ({ value: p.username, label: `${p.username} (${p.regionCode ?? t('access.everyRegion')} ${p.regionName ?? ''})`.replace(' )', ')') }))} // prettier-ignore
              value={partner}
              onChange={choosePartner}
              searchable
              required
            />
            <TextInput
              label={t('extracts.form.reference')}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              required
              maxLength={200}
            />
          </SimpleGrid>
          <Textarea
            label={t('extracts.form.purpose')}
            description={t('extracts.form.purposeHint')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            required
            minLength={10}
            maxLength={500}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('extracts.form.region')}
              placeholder="35.74"
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              required
            />
            <Select
              label={t('extracts.form.maxDecile')}
              placeholder={t('extracts.form.anyDecile')}
              data={Array.from({ length: 10 }, (_, i) => String(i + 1))}
              value={maxDecile}
              onChange={setMaxDecile}
              clearable
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('extracts.form.decileBasis')}
              </Text>
              <SegmentedControl
                size="xs"
                value={basis}
                onChange={setBasis}
                data={[
                  { value: 'registry', label: t('extracts.form.basis.registry') },
                  { value: 'dtsen_national', label: t('extracts.form.basis.dtsen_national') },
                ]}
              />
            </Stack>
          </SimpleGrid>
          <Checkbox.Group
            label={t('extracts.form.statuses')}
            value={statuses}
            onChange={setStatuses}
          >
            <Group gap="md" mt={4}>
              {povertyStatuses.map((s) => (
                <Checkbox key={s} value={s} label={t(`registry.status.${s}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label={t('extracts.form.desa')}
            placeholder="35.74.05.1001, 35.74.05.1005"
            value={desa}
            onChange={(e) => setDesa(e.currentTarget.value)}
          />
          <Checkbox.Group label={t('extracts.form.fields')} value={fields} onChange={setFields}>
            <Group gap="md" mt={4}>
              {extractFields.map((f) => (
                <Checkbox key={f} value={f} label={t(`extracts.field.${f}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {fields.includes('kk') && (
            <Checkbox
              label={t('extracts.form.kkInFull')}
              checked={kkInFull}
              onChange={(e) => setKkInFull(e.currentTarget.checked)}
            />
          )}
          {fields.includes('nik') && (
            <Checkbox
              color="red"
              label={t('extracts.form.withNik')}
              checked={withNik}
              onChange={(e) => setWithNik(e.currentTarget.checked)}
            />
          )}
          <TextInput
            type="date"
            label={t('extracts.form.expiresOn')}
            description={t('extracts.form.expiresHint')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            required
            w={220}
          />
          {preview.isError ? (
            <ProblemAlert error={preview.error} />
          ) : (
            <ExtractPreviewText
              preview={preview.data}
              counting={!current && debounced.region !== ''}
            />
          )}
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!current || !count || partner === null}
              data-testid="give-extract"
            >
              {t('extracts.form.submit', { count: count ?? 0, n: fmt(count ?? 0) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
