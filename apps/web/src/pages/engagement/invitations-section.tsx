import type { InvitationDto, InvitationsDto } from '@maillon/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { ShowMoreButton } from '../../components/show-more-button.tsx';
import type { QueryState } from '../../hooks/use-api-query.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { formatRate } from '../diagnostic/diagnostic-format.ts';
import { ScrollRegion } from '../diagnostic/scroll-region.tsx';
import { engagementApi } from './engagement-api.ts';

const STEP = 25;

function Answer({
  cptsId,
  invitation,
  onAnswered,
}: {
  cptsId: string;
  invitation: InvitationDto;
  onAnswered: (next: InvitationsDto) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const who = invitation.name ?? invitation.invitee.id;
  async function answer(status: InvitationDto['status']) {
    setBusy(true);
    setError(null);
    try {
      onAnswered(await engagementApi.answer(cptsId, invitation.id, { status }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {invitation.status === 'sent' ? (
          <>
            <Button
              size="compact-xs"
              variant="light"
              color="green"
              loading={busy}
              onClick={() => answer('accepted')}
              aria-label={`Acceptée : ${who}`}
            >
              Acceptée
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              color="gray"
              loading={busy}
              onClick={() => answer('declined')}
              aria-label={`Déclinée : ${who}`}
            >
              Déclinée
            </Button>
          </>
        ) : (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={busy}
            onClick={() => answer('sent')}
            aria-label={`Annuler la réponse : ${who}`}
          >
            Annuler la réponse
          </Button>
        )}
      </Group>
      {error ? <ErrorAlert error={error} title="Réponse non enregistrée" /> : null}
    </Stack>
  );
}

/** Follow-up of the invitations sent: counts, rates, and the answers to record. */
export function InvitationsSection({ cptsId, query }: { cptsId: string; query: QueryState<InvitationsDto> }) {
  const [shown, setShown] = useState(STEP);
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2}>Suivi des invitations</Title>
        <QueryView query={query} loadingLabel="Chargement des invitations…">
          {({ items, stats }) => (
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="invitation-stats">
                <Text size="sm">Envoyées : {formatNumber(stats.sent)}</Text>
                <Text size="sm">Sans réponse : {formatNumber(stats.pending)}</Text>
                <Text size="sm">Acceptées : {formatNumber(stats.accepted)}</Text>
                <Text size="sm">Déclinées : {formatNumber(stats.declined)}</Text>
                <Text size="sm">
                  Réponses : {formatRate(stats.responseRate)} · acceptation : {formatRate(stats.acceptanceRate)}
                </Text>
              </SimpleGrid>
              {items.length === 0 ? (
                <Text size="sm">
                  Aucune invitation enregistrée : sélectionnez des professionnels ou des partenaires puis « Marquer comme invités ».
                </Text>
              ) : (
                <ScrollRegion label="Invitations enregistrées">
                  <Table striped withTableBorder data-testid="invitations-table">
                    <Table.Caption>Invitations enregistrées, les plus récentes d'abord</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Destinataire</Table.Th>
                        <Table.Th scope="col">Type</Table.Th>
                        <Table.Th scope="col">Envoyée le</Table.Th>
                        <Table.Th scope="col">Moyen</Table.Th>
                        <Table.Th scope="col">Réponse</Table.Th>
                        <Table.Th scope="col">Actions</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.slice(0, shown).map((invitation) => (
                        <Table.Tr key={invitation.id}>
                          <Table.Th scope="row" fw={500}>
                            {invitation.name ?? invitation.invitee.id}
                            {invitation.professionLabel ? (
                              <Text size="xs" c="dimmed">
                                {invitation.professionLabel}
                              </Text>
                            ) : null}
                          </Table.Th>
                          <Table.Td>{invitation.invitee.kindLabel}</Table.Td>
                          <Table.Td>{formatDate(invitation.sentOn)}</Table.Td>
                          <Table.Td>{invitation.channelLabel}</Table.Td>
                          <Table.Td>
                            {invitation.statusLabel}
                            {invitation.answeredOn ? ` (${formatDate(invitation.answeredOn)})` : ''}
                          </Table.Td>
                          <Table.Td>
                            <Answer cptsId={cptsId} invitation={invitation} onAnswered={query.setData} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              )}
              <ShowMoreButton shown={shown} total={items.length} step={STEP} onMore={() => setShown(shown + STEP)} />
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
