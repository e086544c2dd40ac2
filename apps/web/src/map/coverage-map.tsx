import { type MouseEvent, useMemo } from 'react';
import {
  BORDER_COLOR,
  HATCH_PATTERN_ID,
  LEVEL_FILL,
  OVERLAP_STROKE,
  SELECTED_STROKE,
  UNKNOWN_FILL,
  WHITE_ZONE_HATCH,
} from './map-colors.ts';
import type { MapModel } from './map-model.ts';
import type { ProjectedMap } from './projection.ts';

interface CoverageMapProps {
  map: ProjectedMap;
  model: MapModel;
  /** Text alternative: a summary of what the map shows. */
  summary: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Choropleth of the coverage level, white zones hatched and overlaps outlined. */
export function CoverageMap({ map, model, summary, selected, onSelect }: CoverageMapProps) {
  const layers = useMemo(() => {
    const fills = map.paths.map((path) => {
      const level = model.info(path.code).level;
      return (
        <path key={path.code} d={path.d} data-code={path.code} fill={level === null ? UNKNOWN_FILL : LEVEL_FILL[level]}>
          <title>{`Commune ${path.code}`}</title>
        </path>
      );
    });
    const hatches = map.paths
      .filter((path) => model.whiteZoneCodes.has(path.code))
      .map((path) => <path key={path.code} d={path.d} fill={`url(#${HATCH_PATTERN_ID})`} />);
    const overlaps = map.paths
      .filter((path) => model.overlapCodes.has(path.code))
      .map((path) => <path key={path.code} d={path.d} fill="none" stroke={OVERLAP_STROKE} strokeWidth={2.4} />);
    return { fills, hatches, overlaps };
  }, [map, model]);

  const selectedPath = selected ? map.paths.find((path) => path.code === selected) : undefined;

  function handleClick(event: MouseEvent<SVGSVGElement>) {
    const target = event.target as Element;
    const code = target.getAttribute('data-code');
    if (code) onSelect(code);
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users pick a unit with the select next to the map.
    <svg
      className="coverage-map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="img"
      aria-label={summary}
      onClick={handleClick}
      data-testid="coverage-map"
    >
      <defs>
        <pattern id={HATCH_PATTERN_ID} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} stroke={WHITE_ZONE_HATCH} strokeWidth={2} />
        </pattern>
      </defs>
      <g stroke={BORDER_COLOR} strokeWidth={0.3} strokeLinejoin="round" fillRule="evenodd">
        {layers.fills}
      </g>
      <g pointerEvents="none" stroke="none" fillRule="evenodd">
        {layers.hatches}
      </g>
      <g pointerEvents="none" strokeLinejoin="round">
        {layers.overlaps}
      </g>
      {selectedPath ? <path d={selectedPath.d} fill="none" stroke={SELECTED_STROKE} strokeWidth={2.5} pointerEvents="none" /> : null}
    </svg>
  );
}
