import type { FinancingView } from '@maillon/contracts';
import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';

type Row = FinancingView['years'][number];
type SortKey = 'cptsName' | 'signedOn' | 'contractYear' | 'startsOn' | 'committed' | 'paid';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'cptsName', label: 'CPTS' },
  { key: 'signedOn', label: 'Contrat signé le' },
  { key: 'contractYear', label: 'Année', numeric: true },
  { key: 'startsOn', label: 'Période' },
  { key: 'committed', label: 'Engagé', numeric: true },
  { key: 'paid', label: 'Versé à ce jour', numeric: true },
];

function compare(a: Row, b: Row, key: SortKey): number {
  switch (key) {
    case 'cptsName':
      return a.cptsName.localeCompare(b.cptsName, 'fr');
    case 'signedOn':
    case 'startsOn':
      return a[key].localeCompare(b[key]);
    case 'contractYear':
      return a.contractYear - b.contractYear;
    case 'committed':
    case 'paid':
      return a[key].cents - b[key].cents;
  }
}

/** Committed and paid per CPTS and contract year; every column header sorts (aria-sort says how). */
export function FinancingYearsTable({ rows }: { rows: FinancingView['years'] }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({ key: 'cptsName', direction: 'ascending' });
  const sorted = [...rows].sort((a, b) => {
    const order = compare(a, b, sort.key) || a.cptsName.localeCompare(b.cptsName, 'fr') || a.contractYear - b.contractYear;
    return sort.direction === 'ascending' ? order : -order;
  });
  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  if (rows.length === 0) return <Text size="sm">Aucun contrat ACI signé dans ce périmètre.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder data-testid="financing-years">
        <Table.Caption>Montants engagés et versés par CPTS et par année de contrat (échéancier de l'ACI, art. 9)</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              const Icon = !active ? IconArrowsSort : sort.direction === 'ascending' ? IconSortAscending : IconSortDescending;
              return (
                <Table.Th key={c.key} scope="col" aria-sort={active ? sort.direction : 'none'} ta={c.numeric ? 'right' : undefined}>
                  <UnstyledButton onClick={() => toggle(c.key)} fw={700} fz="sm">
                    {c.label} <Icon size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={`${row.contractId}-${row.contractYear}`}>
              <Table.Td>
                <Anchor component={Link} to={`/cpts/${row.cptsId}/contrat`}>
                  {row.cptsName}
                </Anchor>{' '}
                {row.isDemo ? (
                  <Badge size="xs" color="orange" variant="light">
                    démo
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDate(row.signedOn)}</Table.Td>
              <Table.Td ta="right">{row.contractYear}</Table.Td>
              <Table.Td>
                {formatDate(row.startsOn)} – {formatDate(row.endsOn)}
              </Table.Td>
              <Table.Td ta="right">
                {row.committed.text}
                {row.unknownLines ? ' (au moins)' : ''}
              </Table.Td>
              <Table.Td ta="right">{row.paid.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
