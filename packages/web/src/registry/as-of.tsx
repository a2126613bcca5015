/**
 * "Per tanggal": read the registry as it was on a data date (`?per=YYYY-MM-DD` in the address
 * bar, so a dated view can be shared). Empty: the latest versions.
 */
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

const isDate = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function useAsOf(): string | undefined {
  const [params] = useSearchParams();
  const per = params.get('per');
  return isDate(per) ? per : undefined;
}

export function AsOfInput() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const value = params.get('per') ?? '';
  return (
    <TextInput
      type="date"
      size="xs"
      w={170}
      label={t('registry.asOf.label')}
      description={value === '' ? t('registry.asOf.latest') : undefined}
      value={value}
      onChange={(e) => {
        const next = new URLSearchParams(params);
        if (isDate(e.currentTarget.value)) next.set('per', e.currentTarget.value);
        else next.delete('per');
        setParams(next, { replace: true });
      }}
    />
  );
}
