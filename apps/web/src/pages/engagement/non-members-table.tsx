import type { NonMemberDto } from '@maillon/contracts';
import { Checkbox, Table, Text } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';

interface NonMembersTableProps {
  items: NonMemberDto[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
}

const fullName = (row: NonMemberDto) => `${row.firstName} ${row.lastName}`;

/** Professionals to invite, one row each, with the structure contacts the RPPS publishes. */
export function NonMembersTable({ items, selected, onToggle, onToggleAll }: NonMembersTableProps) {
  const all = items.length > 0 && items.every((row) => selected.has(row.idNatPs));
  const some = items.some((row) => selected.has(row.idNatPs));
  return (
    <ScrollRegion label="Professionnels à inviter">
      <Table striped withTableBorder data-testid="non-members-table">
        <Table.Caption>Professionnels exerçant sur le territoire, ni adhérents ni candidats</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Checkbox
                aria-label="Sélectionner toute la page"
                checked={all}
                indeterminate={some && !all}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">Nom</Table.Th>
            <Table.Th scope="col">Profession</Table.Th>
            <Table.Th scope="col">Structure d'exercice</Table.Th>
            <Table.Th scope="col">Commune</Table.Th>
            <Table.Th scope="col">Contact de la structure</Table.Th>
            <Table.Th scope="col">Invitation</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={row.idNatPs} data-id-nat-ps={row.idNatPs}>
              <Table.Td>
                <Checkbox
                  aria-label={`Sélectionner ${fullName(row)}`}
                  checked={selected.has(row.idNatPs)}
                  onChange={(event) => onToggle(row.idNatPs, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {row.lastName} {row.firstName}
              </Table.Th>
              <Table.Td>
                {row.professionLabel}
                {row.specialtyLabel && row.specialtyLabel !== row.professionLabel ? (
                  <Text size="xs" c="dimmed">
                    {row.specialtyLabel}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {row.structureName ?? '—'}
                {row.address ? (
                  <Text size="xs" c="dimmed">
                    {row.address} {row.postalCode ?? ''}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {row.commune ?? '—'}
                {row.otherCommunes.length ? (
                  <Text size="xs" c="dimmed">
                    aussi : {row.otherCommunes.join(', ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.phone ?? ''}</Text>
                <Text size="sm">{row.email ?? ''}</Text>
              </Table.Td>
              <Table.Td>
                {row.invitation ? (
                  <>
                    <Text size="sm">{row.invitation.statusLabel}</Text>
                    <Text size="xs" c="dimmed">
                      invité le {formatDate(row.invitation.sentOn)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">Non invité</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
