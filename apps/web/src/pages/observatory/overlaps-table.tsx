import type { CoverageDto } from '@maillon/contracts';
import { Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CptsLinks } from '../../components/cpts-links.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import { formatNumber } from '../../lib/format.ts';

const STEP = 25;

export function OverlapsTable({ overlaps }: { overlaps: CoverageDto['overlaps'] }) {
  const [limit, setLimit] = useState(STEP);
  const sorted = [...overlaps].sort((a, b) => b.population - a.population);
  return (
    <section aria-labelledby="overlaps-title">
      <Title order={2} id="overlaps-title" mb="sm">
        Chevauchements
      </Title>
      {sorted.length === 0 ? (
        <Text>Aucun chevauchement : chaque commune relève d'une seule CPTS au plus.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder data-testid="overlaps-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">CPTS concernées</Table.Th>
                <Table.Th scope="col" ta="right">
                  Communes partagées
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Population
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.slice(0, limit).map((overlap) => (
                <Table.Tr key={`${overlap.cpts.map((cpts) => cpts.id).join('|')}:${overlap.unitCodes[0] ?? ''}`}>
                  <Table.Td>
                    <CptsLinks items={overlap.cpts} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(overlap.unitCodes.length)}
                    <Text size="xs">
                      {overlap.unitCodes.slice(0, 6).join(', ')}
                      {overlap.unitCodes.length > 6 ? '…' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(overlap.population)}</Table.Td>
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
