/** "Unduh .xlsx" on every table: the rows the table shows, with its headers, as one sheet. */
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordClientExport } from '../api/index.js';
import { downloadXlsx, xlsxFileName, type XlsxTable } from './xlsx.js';

export function ExportButton<Row>({
  fileBase,
  table,
}: {
  /** Words the file is named after, e.g. "Kota Probolinggo kecamatan". */
  fileBase: string;
  table: XlsxTable<Row>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // Recorded before the file is made: an export the trail does not know of never happens.
      await recordClientExport({ sheet: table.sheet, page: window.location.pathname, rows: table.rows.length }); // prettier-ignore
      await downloadXlsx(xlsxFileName(fileBase), table);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="light"
      loading={busy}
      color={failed ? 'red' : undefined}
      disabled={table.rows.length === 0}
      onClick={() => void run()}
      title={failed ? t('registry.export.failed') : undefined}
    >
      {t('registry.export.button')}
    </Button>
  );
}
