import type { FinancingView } from '@maillon/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';

const cptsLink = (row: { cptsId: string; cptsName: string }) => (
  <Anchor component={Link} to={`/cpts/${row.cptsId}/contrat`}>
    {row.cptsName}
  </Anchor>
);

/** Payments of the coming twelve months, by date. */
export function UpcomingPaymentsTable({ rows }: { rows: FinancingView['upcoming'] }) {
  if (rows.length === 0) return <Text size="sm">Aucun versement prévu dans les douze prochains mois.</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped withTableBorder data-testid="financing-upcoming">
        <Table.Caption>Versements prévus par l'échéancier dans les douze prochains mois</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">CPTS</Table.Th>
            <Table.Th scope="col">Année</Table.Th>
            <Table.Th scope="col">Poste</Table.Th>
            <Table.Th scope="col">Nature</Table.Th>
            <Table.Th scope="col" ta="right">
              Montant
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            // A date, CPTS and item may repeat (advance and balance): the position keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are never reordered in place.
            <Table.Tr key={`${row.date}-${row.cptsId}-${row.item}-${i}`}>
              <Table.Td>{formatDate(row.date)}</Table.Td>
              <Table.Td>{cptsLink(row)}</Table.Td>
              <Table.Td>{row.contractYear}</Table.Td>
              <Table.Td>{row.item}</Table.Td>
              <Table.Td>{row.kind}</Table.Td>
              <Table.Td ta="right">{row.amount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Contracts in their fifth year without a renewal recorded. */
export function RenewalsTable({ rows }: { rows: FinancingView['renewals'] }) {
  if (rows.length === 0) return <Text size="sm">Aucun contrat en cinquième année sans renouvellement.</Text>;
  return (
    <Table striped withTableBorder data-testid="financing-renewals">
      <Table.Caption>Contrats en cinquième année : renouvellement à préparer</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">CPTS</Table.Th>
          <Table.Th scope="col">Contrat signé le</Table.Th>
          <Table.Th scope="col">Fin du contrat</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.contractId}>
            <Table.Td>{cptsLink(row)}</Table.Td>
            <Table.Td>{formatDate(row.signedOn)}</Table.Td>
            <Table.Td>{formatDate(row.endsOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Missions past their start or deployment deadline. */
export function LateMissionsTable({ rows }: { rows: FinancingView['lateMissions'] }) {
  if (rows.length === 0) return <Text size="sm">Aucune mission en retard.</Text>;
  return (
    <Table striped withTableBorder data-testid="financing-late">
      <Table.Caption>Missions dont l'échéance de démarrage ou de déploiement est dépassée</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">CPTS</Table.Th>
          <Table.Th scope="col">Mission</Table.Th>
          <Table.Th scope="col">Retard</Table.Th>
          <Table.Th scope="col">Échéance</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.cptsId}-${row.mission}`}>
            <Table.Td>{cptsLink(row)}</Table.Td>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td>{row.whichLabel}</Table.Td>
            <Table.Td>{formatDate(row.dueOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
