import type { ActiveSessionDto } from '@maillon/contracts';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { accountApi } from '../../api/endpoints.ts';
import { formatDateTime, plural } from '../../lib/format.ts';
import { CloseOthersModal } from './close-others-modal.tsx';

interface ActiveSessionsTableProps {
  sessions: ActiveSessionDto[];
  onChanged: () => void;
}

const deviceOf = (session: ActiveSessionDto) => session.device ?? 'Appareil inconnu';

/** The sessions of the account, this one first marked « cette session »; « Fermer » on the others. */
export function ActiveSessionsTable({ sessions, onChanged }: ActiveSessionsTableProps) {
  const [closing, setClosing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const others = sessions.filter((session) => !session.current);

  async function closeOne(session: ActiveSessionDto) {
    setClosing(session.id);
    setNotice(null);
    try {
      await accountApi.closeSession(session.id);
      setNotice({ ok: true, text: `Session « ${deviceOf(session)} » fermée.` });
      onChanged();
    } catch (cause) {
      setNotice({ ok: false, text: errorMessage(cause) });
    } finally {
      setClosing(null);
    }
  }

  function closedOthers(count: number) {
    setConfirming(false);
    setNotice({ ok: true, text: count > 0 ? `${plural(count, 'session fermée', 'sessions fermées')}.` : 'Aucune autre session à fermer.' });
    onChanged();
  }

  return (
    <Stack gap="md">
      {notice ? (
        <Alert
          color={notice.ok ? 'green' : 'red'}
          role={notice.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel="Masquer"
          onClose={() => setNotice(null)}
        >
          {notice.text}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="sessions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Appareil</Table.Th>
              <Table.Th scope="col">Adresse</Table.Th>
              <Table.Th scope="col">Ouverte le</Table.Th>
              <Table.Th scope="col">Dernière activité</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id} data-session-id={session.id} data-current={session.current}>
                <Table.Th scope="row" fw={600}>
                  <Group gap="xs">
                    {deviceOf(session)}
                    {session.current ? (
                      <Badge color="teal" variant="light">
                        cette session
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>{session.sourceAddress ?? 'inconnue'}</Table.Td>
                <Table.Td>{formatDateTime(session.createdAt)}</Table.Td>
                <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
                <Table.Td ta="right">
                  {session.current ? null : (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      loading={closing === session.id}
                      onClick={() => closeOne(session)}
                      aria-label={`Fermer la session ${deviceOf(session)} ouverte le ${formatDateTime(session.createdAt)}`}
                    >
                      Fermer
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {others.length > 0
            ? `${plural(others.length, 'autre session ouverte', 'autres sessions ouvertes')}.`
            : 'Aucune autre session ouverte.'}
        </Text>
        <Button color="red" variant="outline" disabled={others.length === 0} onClick={() => setConfirming(true)}>
          Fermer toutes les autres sessions
        </Button>
      </Group>
      <CloseOthersModal opened={confirming} count={others.length} onClose={() => setConfirming(false)} onClosed={closedOthers} />
    </Stack>
  );
}
