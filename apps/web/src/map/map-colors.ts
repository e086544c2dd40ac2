import type { StageLevel } from '@maillon/contracts';

export const LEVEL_FILL: Record<StageLevel, string> = {
  0: '#ffffff',
  1: '#c6dbef',
  2: '#4292c6',
  3: '#08519c',
};

export const LEVEL_LABELS: Record<StageLevel, string> = {
  3: 'CPTS avec contrat ACI signé ou en fonctionnement',
  2: "CPTS dont la lettre d'intention est validée",
  1: "Projet de CPTS débutant (lettre d'intention non validée)",
  0: 'Aucune CPTS',
};

export const UNKNOWN_FILL = '#dee2e6';
export const BORDER_COLOR = '#868e96';
export const OVERLAP_STROKE = '#d6336c';
export const WHITE_ZONE_HATCH = '#d9480f';
export const SELECTED_STROKE = '#000000';
export const HATCH_PATTERN_ID = 'maillon-hatch';
