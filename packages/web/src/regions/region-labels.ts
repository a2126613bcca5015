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
  };
}
