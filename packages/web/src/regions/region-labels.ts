import type { RegionLevel } from '@tepat/domain';
import { useTranslation } from 'react-i18next';
import type { RegionKind } from '../api/index.js';

/** Translated names of levels ("Kabupaten/Kota") and kinds ("Kota", "Kelurahan"). */
export function useRegionLabels() {
  const { t } = useTranslation();
  return {
    level: (level: RegionLevel) => t(`regions.level.${level}`),
    levelPlural: (level: RegionLevel) => t(`regions.levelPlural.${level}`),
    kind: (kind: RegionKind) => t(`regions.kind.${kind}`),
    /**
     * "Kelurahan Kedopok", but just "Kota Probolinggo" and "Jawa Timur": official kab/kota
     * names already carry their kind, and a province needs none.
     */
    withKind: (kind: RegionKind, name: string) =>
      kind === 'kabupaten' || kind === 'kota' || kind === 'provinsi'
        ? name
        : `${t(`regions.kind.${kind}`)} ${name}`,
  };
}
