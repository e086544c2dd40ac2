import type { StageLevel } from '@maillon/contracts';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { plural } from '../lib/format.ts';
import { BORDER_COLOR, HATCH_PATTERN_ID, LEVEL_FILL, LEVEL_LABELS, OVERLAP_STROKE, UNKNOWN_FILL, WHITE_ZONE_HATCH } from './map-colors.ts';

interface MapLegendProps {
  counts: Record<StageLevel | 'unknown', number>;
  whiteZoneUnits: number;
  overlapUnits: number;
}

function Swatch({ fill, stroke = BORDER_COLOR, hatched = false }: { fill: string; stroke?: string; hatched?: boolean }) {
  const patternId = `${HATCH_PATTERN_ID}-legend`;
  return (
    <svg width={22} height={16} aria-hidden focusable="false">
      {hatched ? (
        <defs>
          <pattern id={patternId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={6} stroke={WHITE_ZONE_HATCH} strokeWidth={2} />
          </pattern>
        </defs>
      ) : null}
      <rect x={1} y={1} width={20} height={14} fill={fill} stroke={stroke} strokeWidth={hatched ? 1 : 1.5} />
      {hatched ? <rect x={1} y={1} width={20} height={14} fill={`url(#${patternId})`} /> : null}
    </svg>
  );
}

const LEVELS: StageLevel[] = [3, 2, 1, 0];

function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <Text size="sm" component="span" style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
        {swatch}
        {children}
      </Text>
    </li>
  );
}

/** Text legend of the map (also its accessible description). */
export function MapLegend({ counts, whiteZoneUnits, overlapUnits }: MapLegendProps) {
  return (
    <ul className="legend-list" aria-label="Légende de la carte" data-testid="map-legend">
      {LEVELS.map((level) => (
        <LegendItem key={level} swatch={<Swatch fill={LEVEL_FILL[level]} />}>
          {LEVEL_LABELS[level]} : {plural(counts[level], 'commune')}
        </LegendItem>
      ))}
      <LegendItem swatch={<Swatch fill="#ffffff" hatched />}>Zone blanche (hachures) : {plural(whiteZoneUnits, 'commune')}</LegendItem>
      <LegendItem swatch={<Swatch fill="#ffffff" stroke={OVERLAP_STROKE} />}>
        Chevauchement de CPTS (contour rose) : {plural(overlapUnits, 'commune')}
      </LegendItem>
      {counts.unknown > 0 ? (
        <LegendItem swatch={<Swatch fill={UNKNOWN_FILL} />}>Couverture inconnue : {plural(counts.unknown, 'commune')}</LegendItem>
      ) : null}
    </ul>
  );
}
