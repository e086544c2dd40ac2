import { Paper, Table, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber, formatShare } from '../../lib/format.ts';
import { specialtyLabel } from './specialist-labels.ts';
import { specialistRequestsApi } from './specialist-requests-api.ts';

/**
 * The CPTS page's card: share of specialist requests settled within their target delay, per
 * specialty, with the counts (docs/reference/specialist-access.md §3). Counts only, for the
 * team, the ARS and the CPAM; renders nothing for another reader.
 */
export function SpecialistIndicatorCard({ cptsId }: { cptsId: string }) {
  const query = useApiQuery(`specialist-indicator|${cptsId}`, () => specialistRequestsApi.indicator(cptsId));
  if (!query.data) return null;
  const rows = [
    ...query.data.bySpecialty.map((s) => ({ label: specialtyLabel(s.specialtyCode), ...s })),
    { label: 'Toutes spécialités', ...query.data.total },
  ];
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="md"
      aria-labelledby="specialist-indicator-title"
      data-testid="specialist-indicator"
    >
      <Title order={2} id="specialist-indicator-title" mb="sm">
        Accès aux spécialistes : demandes traitées dans le délai cible
      </Title>
      {query.data.total.requests === 0 ? (
        <Text size="sm">Aucune demande d’avis spécialisé pour l’instant.</Text>
      ) : (
        <Table withTableBorder striped>
          <Table.Caption>
            Part dans le délai = traitées dans le délai ÷ (traitées + en retard sans réponse). Pour une consultation, le délai court
            jusqu’au rendez-vous.
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Spécialité</Table.Th>
              <Table.Th scope="col">Demandes</Table.Th>
              <Table.Th scope="col">Traitées dans le délai</Table.Th>
              <Table.Th scope="col">Traitées hors délai</Table.Th>
              <Table.Th scope="col">En retard sans réponse</Table.Th>
              <Table.Th scope="col">En attente</Table.Th>
              <Table.Th scope="col">Part dans le délai</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Th scope="row">{r.label}</Table.Th>
                <Table.Td>{formatNumber(r.requests)}</Table.Td>
                <Table.Td>{formatNumber(r.withinTarget)}</Table.Td>
                <Table.Td>{formatNumber(r.late)}</Table.Td>
                <Table.Td>{formatNumber(r.overdue)}</Table.Td>
                <Table.Td>{formatNumber(r.pending)}</Table.Td>
                <Table.Td>{formatShare(r.shareWithinTarget)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
