import type { PortalMembership } from '@maillon/contracts';
import { DUES_STATUS_LABELS } from '@maillon/domain';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatEuros } from '../../lib/format.ts';
import { DUES_STATUS_COLORS, MEMBERSHIP_STATUS_COLORS } from './portal-labels.ts';

function DuesTable({ membership, titleId }: { membership: PortalMembership; titleId: string }) {
  if (membership.dues.length === 0) return <Text size="sm">Aucune cotisation enregistrée.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder aria-labelledby={titleId} data-testid="portal-dues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Année</Table.Th>
            <Table.Th scope="col" ta="right">
              Montant
            </Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
            <Table.Th scope="col">Payée le</Table.Th>
            <Table.Th scope="col">Reçu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {membership.dues.map((dues) => (
            <Table.Tr key={dues.year}>
              <Table.Th scope="row">{dues.year}</Table.Th>
              <Table.Td ta="right">{formatEuros(dues.amountCents)}</Table.Td>
              <Table.Td>
                <Badge color={DUES_STATUS_COLORS[dues.status]} variant="filled" tt="none">
                  {DUES_STATUS_LABELS[dues.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(dues.paidOn)}</Table.Td>
              <Table.Td>{dues.receiptNumber ? `n° ${dues.receiptNumber}` : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One membership: the CPTS, the member's status and college, and the dues per year. */
export function MembershipCard({ membership }: { membership: PortalMembership }) {
  const titleId = `membership-${membership.memberId}`;
  const duesTitleId = `${titleId}-dues`;
  const { cpts, category } = membership;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={titleId} data-testid="portal-membership">
      <Stack gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} id={titleId}>
            {cpts.name}
          </Title>
          <Badge color={MEMBERSHIP_STATUS_COLORS[membership.status]} variant="filled" tt="none" data-testid="portal-membership-status">
            {membership.statusLabel}
          </Badge>
          {cpts.isDemo ? (
            <Badge color="orange" variant="light" tt="none">
              Démonstration
            </Badge>
          ) : null}
        </Group>
        <Table withTableBorder variant="vertical">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={220}>
                Collège
              </Table.Th>
              <Table.Td>{category ? category.name : 'Non attribué'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Droit de vote</Table.Th>
              <Table.Td>{category ? (category.voting ? 'Oui' : 'Non (membre sans voix délibérative)') : '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Demande d’adhésion</Table.Th>
              <Table.Td>{formatDate(membership.requestedAt)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Adhérent depuis le</Table.Th>
              <Table.Td>{formatDate(membership.joinedOn)}</Table.Td>
            </Table.Tr>
            {membership.leftOn ? (
              <Table.Tr>
                <Table.Th scope="row">Départ le</Table.Th>
                <Table.Td>{formatDate(membership.leftOn)}</Table.Td>
              </Table.Tr>
            ) : null}
            {cpts.email || cpts.phone ? (
              <Table.Tr>
                <Table.Th scope="row">Contact de la CPTS</Table.Th>
                <Table.Td>
                  {cpts.email ? <Anchor href={`mailto:${cpts.email}`}>{cpts.email}</Anchor> : null}
                  {cpts.email && cpts.phone ? ' · ' : null}
                  {cpts.phone ?? null}
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h4" id={duesTitleId}>
          Cotisations
        </Title>
        <DuesTable membership={membership} titleId={duesTitleId} />
      </Stack>
    </Paper>
  );
}
