import type { CptsDetail } from '@maillon/contracts';
import { Table } from '@mantine/core';
import { formatDate } from '../../../lib/format.ts';

const ROWS: { label: string; value: (cpts: CptsDetail) => string | null }[] = [
  { label: 'Nom', value: (cpts) => cpts.name },
  { label: 'Forme juridique', value: (cpts) => cpts.legalForm },
  { label: 'SIRET', value: (cpts) => cpts.siret },
  { label: 'FINESS', value: (cpts) => cpts.finess },
  { label: 'Adresse e-mail', value: (cpts) => cpts.email },
  { label: 'Téléphone', value: (cpts) => cpts.phone },
  { label: 'Adresse', value: (cpts) => cpts.address },
  { label: 'Dernière mise à jour', value: (cpts) => formatDate(cpts.updatedAt) },
];

export function IdentityView({ cpts }: { cpts: CptsDetail }) {
  return (
    <Table withTableBorder variant="vertical" layout="fixed" data-testid="identity-view">
      <Table.Tbody>
        {ROWS.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" w={200}>
              {row.label}
            </Table.Th>
            <Table.Td>{row.value(cpts) || 'Non renseigné'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
