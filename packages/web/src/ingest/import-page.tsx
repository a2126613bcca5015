/**
 * "Impor data": choose a profile and a file (and, if known, the region and the date the data
 * describes), upload it with a progress bar, then follow the import until its batch is written.
 */
import {
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startImport, type ImportJob } from '../api/index.js';
import { localeOf, useFormatNumber } from '../i18n/index.js';
import { ProblemAlert } from '../ui/index.js';
import { ImportProgress } from './import-progress.js';
import { maxUploadBytes, percentOf, sizeText } from './progress.js';
import { useProfiles } from './use-profiles.js';

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatNumber();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'id');
  const profiles = useProfiles();
  const queryClient = useQueryClient();
  const [profile, setProfile] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState('');
  const [asOf, setAsOf] = useState('');
  const [sent, setSent] = useState({ sent: 0, total: 0 });
  const [job, setJob] = useState<ImportJob | null>(null);

  const upload = useMutation({
    mutationFn: (o: { file: File; profile: string }) =>
      startImport(
        o.file,
        { profile: o.profile, region: region.trim() || undefined, asOf: asOf || undefined },
        (s, total) => setSent({ sent: s, total }),
      ),
    onSuccess: (j) => {
      setJob(j);
      void queryClient.invalidateQueries({ queryKey: ['batches'] });
    },
  });
  const tooLarge = file !== null && file.size > maxUploadBytes;
  const busy = upload.isPending || job?.state === 'running';

  const reset = () => {
    setJob(null);
    setFile(null);
    setSent({ sent: 0, total: 0 });
    upload.reset();
  };

  return (
    <Stack gap="md" maw={860}>
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('import.intro')}
      </Text>
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file && profile && !tooLarge) upload.mutate({ file, profile });
          }}
        >
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('import.profile')}
                placeholder={t('import.profilePlaceholder')}
                data={(profiles.data ?? []).map((p) => ({
                  value: p.name,
                  label: `${p.label} (${p.name}, ${p.builtin ? t('import.builtin') : t('import.saved')})`,
                }))}
                value={profile}
                onChange={setProfile}
                searchable
                required
                disabled={job !== null}
              />
              <FileInput
                label={t('import.file')}
                placeholder={t('import.filePlaceholder')}
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                clearable
                required
                disabled={job !== null}
              />
              <TextInput
                label={t('import.region')}
                description={t('import.regionHint')}
                value={region}
                onChange={(e) => setRegion(e.currentTarget.value)}
                disabled={job !== null}
              />
              <TextInput
                type="date"
                label={t('import.asOf')}
                value={asOf}
                onChange={(e) => setAsOf(e.currentTarget.value)}
                disabled={job !== null}
              />
            </SimpleGrid>
            {tooLarge && (
              <ProblemAlert
                error={
                  new Error(
                    t('import.tooLarge', {
                      size: sizeText(file.size, locale),
                      limit: sizeText(maxUploadBytes, locale),
                    }),
                  )
                }
              />
            )}
            <Group>
              {job === null ? (
                <Button type="submit" loading={busy} disabled={!file || !profile || tooLarge}>
                  {t('import.start')}
                </Button>
              ) : (
                <Button variant="light" onClick={reset} disabled={busy}>
                  {t('import.again')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
      {upload.isPending && file && (
        <Paper withBorder p="md" radius="md" data-testid="upload-progress">
          <Text size="sm" fw={500} mb={6}>
            {t('import.uploading', { file: file.name })}
          </Text>
          <Progress value={percentOf(sent.sent, sent.total)} size="lg" />
          <Text size="sm" c="dimmed" mt={6}>
            {t('import.uploaded', {
              sent: sizeText(sent.sent, locale),
              total: sizeText(sent.total || file.size, locale),
            })}{' '}
            · {fmt(percentOf(sent.sent, sent.total))}%
          </Text>
        </Paper>
      )}
      {upload.error && <ProblemAlert error={upload.error} />}
      {job && <ImportProgress job={job} />}
    </Stack>
  );
}
