import type { CoverageDto } from '@maillon/contracts';
import { Alert, Grid, Text } from '@mantine/core';
import type { Scope } from '../../api/endpoints.ts';
import { KpiGrid } from './kpi-grid.tsx';
import { MapSection } from './map-section.tsx';
import { OutsideAciField } from './outside-aci-field.tsx';
import { OverlapsTable } from './overlaps-table.tsx';
import { StageCountTable } from './stage-count-table.tsx';
import { WhiteZonesTable } from './white-zones-table.tsx';

interface ObservatoryContentProps {
  coverage: CoverageDto;
  scope: Scope;
  region: string | null;
}

export function ObservatoryContent({ coverage, scope, region }: ObservatoryContentProps) {
  const mapPossible = coverage.contoursLoaded && (scope.region !== null || scope.departement !== null);
  return (
    <>
      <KpiGrid coverage={coverage} />
      {mapPossible ? <MapSection coverage={coverage} scope={scope} /> : null}
      {coverage.contoursLoaded && !mapPossible ? (
        <Alert color="blue" title="Carte">
          Choisissez une région pour afficher la carte de la couverture.
        </Alert>
      ) : null}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <StageCountTable cptsByStage={coverage.cptsByStage} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OverlapsTable overlaps={coverage.overlaps} />
        </Grid.Col>
      </Grid>
      <WhiteZonesTable zones={coverage.whiteZones} region={region} />
      <OutsideAciField regions={coverage.outsideAciField} />
      <Text size="xs" component="p">
        Référentiel : {coverage.reference.cog}
        {coverage.reference.contours ? ` · Contours : ${coverage.reference.contours}` : ' · Contours des communes non importés'}
      </Text>
    </>
  );
}
