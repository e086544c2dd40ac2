import type { TerritoryProposalDto, UnitRefDto } from '@maillon/contracts';
import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { sizeShortLabel } from '../../lib/size-category.ts';
import { OverlapWarnings } from '../cpts/territory/overlap-warnings.tsx';
import { DecisionModal, type Verdict } from './decision-modal.tsx';
import { approvalText, changeSummary, PROPOSAL_STATUS_COLORS, populationEffect } from './proposal-labels.ts';
import { WithdrawModal } from './withdraw-modal.tsx';

interface ProposalCardProps {
  proposal: TerritoryProposalDto;
  /** After a decision or a withdrawal. */
  onChanged: (proposal: TerritoryProposalDto) => void;
  headingOrder: TitleOrder;
  /** Name the CPTS (the region's list) rather than assume it (the CPTS page). */
  showCpts?: boolean;
}

function UnitList({ title, units, testId }: { title: string; units: UnitRefDto[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600}>
        {title} ({formatNumber(units.length)})
      </Text>
      {units.length === 0 ? (
        <Text size="sm">Aucune</Text>
      ) : (
        <List size="sm">
          {units.map((unit) => (
            <List.Item key={unit.code}>
              {unit.name} ({unit.code}) — {formatNumber(unit.population)} hab.
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/** A territory proposal: what changes, its effect, the overlaps it brings, each region's decision. */
export function ProposalCard({ proposal, onChanged, headingOrder, showCpts = false }: ProposalCardProps) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const pending = proposal.status === 'pending';
  const headingId = `proposal-${proposal.id}`;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      radius="md"
      bg={pending ? 'yellow.0' : undefined}
      aria-labelledby={headingId}
      data-testid={pending ? 'proposal-pending' : 'proposal'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={headingOrder} size="h4" id={headingId}>
              {showCpts ? `${proposal.cpts.name} — ` : ''}Proposition de territoire du {formatDate(proposal.createdAt)}
            </Title>
            <Text size="sm">
              {proposal.authorName ? `Par ${proposal.authorName}` : 'Auteur inconnu (compte supprimé)'} · {changeSummary(proposal)}
              {showCpts && proposal.permissions.openCpts ? (
                <>
                  {' · '}
                  <Anchor component={Link} to={`/cpts/${proposal.cpts.id}`} size="sm">
                    Voir la fiche de la CPTS
                  </Anchor>
                </>
              ) : null}
            </Text>
          </Stack>
          <Badge color={PROPOSAL_STATUS_COLORS[proposal.status]} variant="filled" tt="none" data-testid="proposal-status">
            {proposal.statusLabel}
          </Badge>
        </Group>
        {proposal.comment ? (
          <Text size="sm" fs="italic">
            « {proposal.comment} »
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UnitList title="Communes ajoutées" units={proposal.added} testId="proposal-added" />
          <UnitList title="Communes retirées" units={proposal.removed} testId="proposal-removed" />
        </SimpleGrid>
        <Text size="sm" data-testid="proposal-population">
          Population : {populationEffect(proposal)} · {sizeShortLabel(proposal.sizeCategoryBefore)} →{' '}
          {sizeShortLabel(proposal.sizeCategoryAfter)}
        </Text>
        <OverlapWarnings overlaps={proposal.overlaps} />
        {proposal.stale ? (
          <Alert color="red" role="alert" title="Territoire modifié depuis la proposition">
            Le territoire actuel n'est plus celui sur lequel la proposition a été faite : elle ne peut plus être acceptée telle quelle.
          </Alert>
        ) : null}
        <List size="sm" data-testid="proposal-approvals">
          {proposal.approvals.map((approval) => (
            <List.Item key={approval.regionCode}>
              {approvalText(approval, proposal.status)} ({approval.reasonLabel.toLowerCase()})
              {approval.comment ? ` — « ${approval.comment} »` : ''}
            </List.Item>
          ))}
        </List>
        {pending && (proposal.permissions.decide.length > 0 || proposal.permissions.withdraw) ? (
          <Group gap="sm">
            {proposal.permissions.decide.length > 0 ? (
              <>
                <Button
                  leftSection={<IconCheck size={16} aria-hidden />}
                  color="green"
                  onClick={() => setVerdict('accept')}
                  data-testid="proposal-accept"
                >
                  Accepter
                </Button>
                <Button
                  leftSection={<IconX size={16} aria-hidden />}
                  color="red"
                  variant="light"
                  onClick={() => setVerdict('refuse')}
                  data-testid="proposal-refuse"
                >
                  Refuser
                </Button>
              </>
            ) : null}
            {proposal.permissions.withdraw ? (
              <Button variant="default" onClick={() => setWithdrawing(true)} data-testid="proposal-withdraw">
                Retirer la proposition
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      <DecisionModal
        proposal={proposal}
        verdict={verdict}
        onClose={() => setVerdict(null)}
        onDone={(next) => {
          setVerdict(null);
          onChanged(next);
        }}
      />
      <WithdrawModal
        proposal={proposal}
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
        onDone={(next) => {
          setWithdrawing(false);
          onChanged(next);
        }}
      />
    </Paper>
  );
}
