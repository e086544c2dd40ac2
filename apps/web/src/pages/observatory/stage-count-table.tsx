import type { CoverageDto } from '@maillon/contracts';
import { Table, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { STAGE_LABELS, STAGES } from '../../lib/stage-labels.ts';

export function StageCountTable({ cptsByStage }: { cptsByStage: CoverageDto['cptsByStage'] }) {
  const total = STAGES.reduce((sum, stage) => sum + (cptsByStage[stage] ?? 0), 0);
  return (
    <section aria-labelledby="stages-title">
      <Title order={2} id="stages-title" mb="sm">
        CPTS par étape
      </Title>
      <Table striped withTableBorder data-testid="stage-count-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Étape</Table.Th>
            <Table.Th scope="col" ta="right">
              Nombre de CPTS
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {STAGES.map((stage) => (
            <Table.Tr key={stage} data-stage={stage}>
              <Table.Th scope="row" fw={400}>
                {STAGE_LABELS[stage]}
              </Table.Th>
              <Table.Td ta="right" data-testid={`stage-count-${stage}`}>
                {formatNumber(cptsByStage[stage] ?? 0)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td ta="right" fw={700}>
              {formatNumber(total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </section>
  );
}
