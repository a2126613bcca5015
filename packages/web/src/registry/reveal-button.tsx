/**
 * NIK and No. KK are masked (3574********0001) on every page; showing them in full is a
 * deliberate click, recorded by the server in the audit trail, and undone with the same button.
 */
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function RevealButton({
  revealed,
  onChange,
}: {
  revealed: boolean;
  onChange: (v: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => onChange(!revealed)}
      data-testid="reveal-numbers"
    >
      {revealed ? t('registry.reveal.hide') : t('registry.reveal.show')}
    </Button>
  );
}
