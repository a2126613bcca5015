/**
 * The profile editor (`/profil/baru`, `/profil/:name`): choose a sample file, let Tepat draft a
 * profile from its header and first rows, adjust each column's field, value codes and date
 * format, the delimiter and the encoding, and watch the preview of the first rows follow every
 * change, problems marked per cell. Saved profiles are then offered on the import page and to
 * `tepat import <name>`. Built-in profiles open read-only; under a new name they save as a copy.
 */
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  delimiterChoices,
  deleteProfile,
  draftProfile,
  encodingChoices,
  getProfile,
  previewProfile,
  saveProfile,
  sourceKinds,
  uploadSample,
  type DraftColumn,
  type Sample,
  type SourceProfile,
} from '../api/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ProfileMappingTable } from './profile-mapping-table.js';
import { ProfilePreviewTable } from './profile-preview-table.js';

export function ProfileEditorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useParams().name;
  const [name, setName] = useState(existing ?? 'profil-baru');
  const [edited, setProfile] = useState<SourceProfile | null>(null);
  const [sample, setSample] = useState<Sample | null>(null);
  const [reasons, setReasons] = useState<DraftColumn[]>([]);
  const [savedName, setSavedName] = useState<string | null>(null);

  const stored = useQuery({
    queryKey: ['profile', existing],
    queryFn: ({ signal }) => getProfile(existing ?? '', signal),
    enabled: existing !== undefined,
    staleTime: 0,
  });
  // Until the steward changes something, the profile is the stored one.
  const profile = edited ?? stored.data?.profile ?? null;
  const builtin = stored.data?.builtin ?? false;

  const sampleUpload = useMutation({
    mutationFn: async (file: File) => {
      const s = await uploadSample(file, () => undefined);
      // A new profile is drafted from the sample; an existing one keeps its mapping.
      const draft = existing === undefined ? await draftProfile(s.sampleId, name) : undefined;
      return { sample: s, draft };
    },
    onSuccess: ({ sample: s, draft }) => {
      setSample(s);
      if (draft) {
        setProfile(draft.profile);
        setReasons(draft.columns);
      }
    },
  });

  const [debounced] = useDebouncedValue(profile, 250);
  const preview = useQuery({
    queryKey: ['preview', sample?.sampleId, debounced],
    queryFn: ({ signal }) => previewProfile(sample?.sampleId ?? '', debounced!, signal),
    enabled: sample !== null && debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
  });

  const save = useMutation({
    mutationFn: (p: SourceProfile) => saveProfile(p),
    onSuccess: (s) => {
      setSavedName(s.profile.name);
      // The editor stays as it is (sample, preview): the saved profile is now in the lists.
      void queryClient.invalidateQueries({ queryKey: ['profiles'] });
    },
  });
  const remove = useMutation({
    mutationFn: (n: string) => deleteProfile(n),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['profiles'] });
      void navigate('/profil');
    },
  });

  const readOnly = builtin && name === existing;
  const update = (p: SourceProfile) => {
    setSavedName(null);
    setProfile(p);
  };
  const header = sample?.header ?? Object.keys(profile?.columns ?? {});

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/profil" size="sm">
        ‹ {t('editor.back')}
      </Anchor>
      <Title order={1} size="h2">
        {existing ? t('editor.titleEdit', { name: existing }) : t('editor.titleNew')}
      </Title>
      {stored.error && <ProblemAlert error={stored.error} />}
      {builtin && readOnly && <Alert variant="light">{t('editor.readOnly')}</Alert>}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('editor.name')}
            description={t('editor.nameHint')}
            value={name}
            onChange={(e) => {
              const n = e.currentTarget.value;
              setName(n);
              if (profile) update({ ...profile, name: n });
            }}
          />
          <FileInput
            label={t('editor.sample')}
            description={t('editor.sampleHint')}
            placeholder={t('editor.samplePlaceholder')}
            accept=".csv,.txt,.xlsx"
            onChange={(f) => f && sampleUpload.mutate(f)}
          />
          {sample && (
            <Text size="sm" c="dimmed" mt="lg" data-testid="sample-info">
              {t('editor.sampleInfo', {
                file: sample.fileName,
                format: sample.format.toUpperCase(),
                columns: sample.header.length,
              })}
            </Text>
          )}
        </SimpleGrid>
        {sampleUpload.isPending && (
          <Group gap="xs" mt="sm">
            <Loader size="xs" />
            <Text size="sm">{t('editor.uploadingSample')}</Text>
          </Group>
        )}
        {sampleUpload.error && <ProblemAlert error={sampleUpload.error} />}
      </Paper>
      {profile && (
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
            <TextInput
              label={t('editor.label')}
              value={profile.label}
              disabled={readOnly}
              onChange={(e) => update({ ...profile, label: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('editor.kind')}
              data={sourceKinds.map((k) => ({ value: k, label: t(`editor.kindName.${k}`) }))}
              value={profile.kind}
              disabled={readOnly}
              onChange={(e) =>
                update({ ...profile, kind: e.currentTarget.value as SourceProfile['kind'] })
              }
            />
            <NativeSelect
              label={t('editor.delimiter')}
              data={delimiterChoices.map((d) => ({
                value: d,
                label: t(`editor.delimiterName.${d}`),
              }))}
              value={profile.delimiter}
              disabled={readOnly}
              onChange={(e) =>
                update({
                  ...profile,
                  delimiter: e.currentTarget.value as SourceProfile['delimiter'],
                })
              }
            />
            <NativeSelect
              label={t('editor.encoding')}
              data={encodingChoices.map((d) => ({
                value: d,
                label: t(`editor.encodingName.${d}`),
              }))}
              value={profile.encoding}
              disabled={readOnly}
              onChange={(e) =>
                update({ ...profile, encoding: e.currentTarget.value as SourceProfile['encoding'] })
              }
            />
          </SimpleGrid>
          <Title order={2} size="h4" mb="xs">
            {t('editor.mappingTitle')}
          </Title>
          <ProfileMappingTable
            header={header}
            profile={profile}
            reasons={reasons}
            readOnly={readOnly}
            onChange={update}
          />
          <Group mt="md">
            <Button
              onClick={() => save.mutate({ ...profile, name })}
              loading={save.isPending}
              disabled={readOnly}
            >
              {t('editor.save')}
            </Button>
            {existing && !builtin && (
              <Button color="red" variant="subtle" onClick={() => remove.mutate(existing)}>
                {t('editor.delete')}
              </Button>
            )}
            {savedName && (
              <Text size="sm" c="teal" role="status">
                {t('editor.saved', { name: savedName })}
              </Text>
            )}
          </Group>
          {save.error && <ProblemAlert error={save.error} />}
          {remove.error && <ProblemAlert error={remove.error} />}
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('editor.previewTitle', { count: preview.data?.rows.length ?? 20 })}
          </Title>
          {preview.isFetching && (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                {t('editor.previewUpdating')}
              </Text>
            </Group>
          )}
        </Group>
        {!sample && <Text c="dimmed">{t('editor.previewEmpty')}</Text>}
        {preview.error && <ProblemAlert error={preview.error} />}
        {preview.data && sample && <ProfilePreviewTable preview={preview.data} />}
      </Paper>
    </Stack>
  );
}
