import type { MemberDto } from '@maillon/contracts';
import { DUES_STATUS_LABELS } from '@maillon/domain';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { membersApi } from '../../../api/association-endpoints.ts';
import { formatDate } from '../../../lib/format.ts';
import { DUES_COLORS, STATUS_COLORS } from '../association-labels.ts';

interface MembersTableProps {
  cptsId: string;
  members: MemberDto[];
  year: number;
  onPay: (member: MemberDto) => void;
  onLeave: (member: MemberDto) => void;
  onOpen: (member: MemberDto) => void;
}

export function MembersTable({ cptsId, members, year, onPay, onLeave, onOpen }: MembersTableProps) {
  if (members.length === 0) return <Text>Aucun adhérent ne correspond à ces critères.</Text>;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped withTableBorder data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Adhérent</Table.Th>
            <Table.Th scope="col">Collège</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Contact</Table.Th>
            <Table.Th scope="col">Cotisation {year}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id} data-member-id={m.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  component="button"
                  type="button"
                  fw={600}
                  onClick={() => onOpen(m)}
                  aria-label={`${m.displayName} : ouvrir la fiche`}
                >
                  {m.displayName}
                </Anchor>
                <Text size="xs" fw={400}>
                  {m.typeLabel}
                  {m.idNatPs ? ` · RPPS ${m.idNatPs}` : ''}
                  {m.finessSite ? ` · FINESS ${m.finessSite}` : ''}
                </Text>
              </Table.Th>
              <Table.Td>{m.category ? `${m.category.name}${m.category.voting ? '' : ' (sans droit de vote)'}` : '—'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[m.status]} variant="light" tt="none">
                  {m.statusLabel}
                </Badge>
                <Text size="xs">
                  {m.status === 'left' ? `Départ le ${formatDate(m.leftOn)}` : m.joinedOn ? `Depuis le ${formatDate(m.joinedOn)}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.contactEmail ?? '—'}</Text>
                {m.contactPhone ? <Text size="sm">{m.contactPhone}</Text> : null}
              </Table.Td>
              <Table.Td>
                {m.status === 'active' ? (
                  <Group gap={6}>
                    <Badge color={DUES_COLORS[m.dues.status]} variant="light" tt="none" data-testid="dues-status">
                      {DUES_STATUS_LABELS[m.dues.status]}
                    </Badge>
                    {m.dues.receiptNumber && m.dues.status === 'paid' ? (
                      <Anchor
                        href={membersApi.receiptUrl(cptsId, m.id, year)}
                        size="sm"
                        download
                        aria-label={`Reçu ${m.dues.receiptNumber} de ${m.displayName} (PDF)`}
                      >
                        <IconDownload size={14} aria-hidden /> Reçu {m.dues.receiptNumber}
                      </Anchor>
                    ) : null}
                  </Group>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {m.status === 'active' ? (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => onPay(m)} aria-label={`Cotisation de ${m.displayName}`}>
                      Cotisation
                    </Button>
                    <Button size="xs" variant="subtle" color="gray" onClick={() => onLeave(m)} aria-label={`Départ de ${m.displayName}`}>
                      Départ
                    </Button>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
