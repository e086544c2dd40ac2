import type { CoverageDto } from '@maillon/contracts';
import { Paper, Table, Text, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';

/** The overseas collectivities, where the ACI does not apply: counted apart from the national figures. */
export function OutsideAciField({ regions }: { regions: CoverageDto['outsideAciField'] }) {
  if (regions.length === 0) return null;
  const population = regions.reduce((sum, r) => sum + r.population, 0);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="outside-aci-title" data-testid="outside-aci-field">
      <Title order={2} id="outside-aci-title" size="h4" mb={4}>
        Hors du champ de l'ACI
      </Title>
      <Text size="sm" mb="sm">
        Les collectivités d'outre-mer ont leur propre protection sociale : l'accord conventionnel des CPTS ne s'y applique pas. Leurs{' '}
        {formatNumber(population)} habitants ne sont pas comptés dans les chiffres nationaux ci-dessus.
      </Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Collectivité</Table.Th>
            <Table.Th scope="col" ta="right">
              Population
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Communes
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regions.map((region) => (
            <Table.Tr key={region.code}>
              <Table.Th scope="row" fw={500}>
                {region.name}
              </Table.Th>
              <Table.Td ta="right">{region.population > 0 ? formatNumber(region.population) : 'inhabitée'}</Table.Td>
              <Table.Td ta="right">{formatNumber(region.unitCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
