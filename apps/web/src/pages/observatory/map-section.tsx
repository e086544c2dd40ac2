import type { CoverageDto } from '@maillon/contracts';
import { Alert, Grid, Select, Stack, Title } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { coverageApi, geoApi, type Scope } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingBlock } from '../../components/loading-block.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { CoverageMap } from '../../map/coverage-map.tsx';
import { MapLegend } from '../../map/map-legend.tsx';
import { buildMapModel, countLevels } from '../../map/map-model.ts';
import { projectShapes } from '../../map/projection.ts';
import { shapesFromTopology } from '../../map/topology.ts';
import { UnitDetailPanel } from '../../map/unit-detail-panel.tsx';
import { mapSummary } from './map-summary.ts';

interface MapSectionProps {
  coverage: CoverageDto;
  scope: Scope;
}

export function MapSection({ coverage, scope }: MapSectionProps) {
  const key = `${scope.region ?? ''}|${scope.departement ?? ''}`;
  const shapes = useApiQuery(`shapes|${key}`, () => geoApi.shapes(scope));
  const units = useApiQuery(`coverage-units|${key}`, () => coverageApi.units(scope));
  const [selected, setSelected] = useState<string | null>(null);

  const projected = useMemo(() => (shapes.data ? projectShapes(shapesFromTopology(shapes.data)) : null), [shapes.data]);
  const model = useMemo(() => buildMapModel(coverage, units.data?.units ?? null), [coverage, units.data]);
  const codes = useMemo(() => (projected ? projected.paths.map((path) => path.code).sort() : []), [projected]);
  const counts = useMemo(() => countLevels(codes, model), [codes, model]);
  const whiteZoneUnits = codes.filter((code) => model.whiteZoneCodes.has(code)).length;
  const overlapUnits = codes.filter((code) => model.overlapCodes.has(code)).length;

  let body: ReactNode;
  if (shapes.error) body = <ErrorAlert error={shapes.error} title="Impossible de charger les contours" onRetry={shapes.reload} />;
  else if (!shapes.data || (units.loading && !units.data)) body = <LoadingBlock label="Chargement de la carte…" />;
  else if (!projected) {
    body = (
      <Alert color="blue" title="Carte indisponible">
        Aucun contour de commune n'est disponible pour ce périmètre.
      </Alert>
    );
  } else {
    const summary = mapSummary(coverage.scope.name, codes.length, counts, whiteZoneUnits, overlapUnits);
    body = (
      <Stack gap="sm">
        {units.error ? (
          <ErrorAlert error={units.error} title="Niveaux de couverture indisponibles : la carte est affichée sans couleurs" />
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <CoverageMap map={projected} model={model} summary={summary} selected={selected} onSelect={setSelected} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="sm">
              <Select
                label="Afficher une commune (code INSEE)"
                placeholder="Saisissez un code"
                data={codes}
                value={selected}
                onChange={setSelected}
                searchable
                clearable
                limit={50}
                nothingFoundMessage="Aucune commune"
              />
              <UnitDetailPanel unit={selected ? model.info(selected) : null} onClose={() => setSelected(null)} />
            </Stack>
          </Grid.Col>
        </Grid>
        <MapLegend counts={counts} whiteZoneUnits={whiteZoneUnits} overlapUnits={overlapUnits} />
      </Stack>
    );
  }

  return (
    <section aria-labelledby="map-title">
      <Title order={2} id="map-title" mb="sm">
        Carte de la couverture
      </Title>
      {body}
    </section>
  );
}
