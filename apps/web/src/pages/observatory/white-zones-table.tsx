import type { CoverageDto } from '@maillon/contracts';
import { Anchor, Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CptsLinks } from '../../components/cpts-links.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { formatNumber } from '../../lib/format.ts';

type WhiteZone = CoverageDto['whiteZones'][number];

const STEP = 25;

interface WhiteZonesTableProps {
  zones: WhiteZone[];
  /** Region used for plan links; null in the national view. */
  region: string | null;
}

function groupingLabel(zone: WhiteZone): string {
  return zone.groupedBy === 'epci' ? 'regroupement par EPCI (contours absents)' : 'communes contiguës';
}

function PlanCell({ zone, region }: { zone: WhiteZone; region: string | null }) {
  if (!region) return <Text size="sm">{zone.planIds.length > 0 ? 'Plan existant' : 'Aucun plan'}</Text>;
  const [planId] = zone.planIds;
  if (planId) {
    return (
      <Anchor component={Link} to={`/plans/${region}?plan=${encodeURIComponent(planId)}`} size="sm">
        Voir le plan
      </Anchor>
    );
  }
  return (
    <Button
      component={Link}
      to={`/plans/${region}?zone=${encodeURIComponent(zone.key)}`}
      size="xs"
      variant="light"
      aria-label={`Créer un plan pour la zone ${zone.label}`}
    >
      Créer un plan
    </Button>
  );
}

export function WhiteZonesTable({ zones, region }: WhiteZonesTableProps) {
  const [limit, setLimit] = useState(STEP);
  const sorted = [...zones].sort((a, b) => b.population - a.population);
  return (
    <section aria-labelledby="white-zones-title">
      <Title order={2} id="white-zones-title" mb="sm">
        Zones blanches
      </Title>
      {sorted.length === 0 ? (
        <Text>Aucune zone blanche : tout le territoire est couvert par une CPTS.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder data-testid="white-zones-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Zone</Table.Th>
                <Table.Th scope="col" ta="right">
                  Population
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Communes
                </Table.Th>
                <Table.Th scope="col">Regroupement</Table.Th>
                <Table.Th scope="col">Projets présents</Table.Th>
                <Table.Th scope="col">Plan 100 % CPTS</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.slice(0, limit).map((zone) => (
                <Table.Tr key={zone.key} data-zone-key={zone.key}>
                  <Table.Th scope="row" fw={600}>
                    {zone.label}
                    {zone.departementCodes.length > 0 ? <Text size="xs">Départements : {zone.departementCodes.join(', ')}</Text> : null}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(zone.population)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(zone.unitCodes.length)}</Table.Td>
                  <Table.Td>{groupingLabel(zone)}</Table.Td>
                  <Table.Td>
                    <CptsLinks items={zone.projects} empty="Aucun" />
                  </Table.Td>
                  <Table.Td>
                    <PlanCell zone={zone} region={region} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ShowMoreButton shown={limit} total={sorted.length} step={STEP} onMore={() => setLimit(limit + STEP)} />
    </section>
  );
}
