/**
 * "Cari wilayah": a name, a code (Kemendagri or BPS) or a comma-separated path such as
 * "Probolinggo, Kedopok", resolved by the server's region resolver — the same one imports use,
 * so what a steward finds here is what an import would match. A sure answer opens the region;
 * otherwise the candidates (or the nearest names) are listed to choose from.
 */
import { Loader, Popover, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { resolveRegion, type RegionCandidate, type Resolution } from '../api/index.js';
import { useRegionLabels } from './region-labels.js';

function Candidate({ c, onPick }: { c: RegionCandidate; onPick: (code: string) => void }) {
  const labels = useRegionLabels();
  return (
    <UnstyledButton
      onClick={() => onPick(c.code)}
      p={6}
      style={{ borderRadius: 6 }}
      className="tepat-candidate"
    >
      <Text size="sm" fw={600}>
        {labels.withKind(c.kind, c.name)}{' '}
        <Text span size="xs" c="dimmed" ff="monospace">
          {c.code}
        </Text>
      </Text>
      {c.path.length > 0 && (
        <Text size="xs" c="dimmed">
          {c.path.join(' › ')}
        </Text>
      )}
    </UnstyledButton>
  );
}

function Outcome({ result, onPick }: { result: Resolution; onPick: (code: string) => void }) {
  const { t } = useTranslation();
  const list =
    result.status === 'ambiguous'
      ? result.candidates
      : result.status === 'unknown'
        ? result.nearest
        : [];
  const heading =
    result.status === 'ambiguous'
      ? t('search.ambiguous')
      : list.length > 0
        ? t('search.unknownNearest')
        : t('search.unknown');
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" mb={4}>
        {heading}
      </Text>
      {list.map((c) => (
        <Candidate key={c.code} c={c} onPick={onPick} />
      ))}
    </Stack>
  );
}

export function RegionSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Resolution | undefined>();
  const open = (code: string) => {
    setResult(undefined);
    setText('');
    void navigate(`/wilayah/${code}`);
  };
  const search = useMutation({
    mutationFn: (parts: string[]) => resolveRegion(parts),
    onSuccess: (r) => (r.status === 'resolved' ? open(r.region.code) : setResult(r)),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parts = text
      .split(/[,›/]/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length > 0) search.mutate(parts);
  };

  return (
    <Popover
      opened={result !== undefined || search.isError}
      onDismiss={() => setResult(undefined)}
      position="bottom-end"
      width={360}
      shadow="md"
    >
      <Popover.Target>
        <form onSubmit={submit} role="search" className="tepat-search">
          <TextInput
            title={t('search.example')}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setResult(undefined);
              search.reset();
            }}
            rightSection={search.isPending ? <Loader size="xs" /> : null}
          />
        </form>
      </Popover.Target>
      <Popover.Dropdown>
        {search.isError ? (
          <Text size="sm" c="red">
            {search.error.message}
          </Text>
        ) : (
          result !== undefined && <Outcome result={result} onPick={open} />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
