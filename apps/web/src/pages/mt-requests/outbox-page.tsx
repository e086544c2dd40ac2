import { Alert, Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatDateTime } from '../../lib/format.ts';
import { mtApi } from './mt-api.ts';

const STATE_LABELS = { pending: 'En attente', sent: 'Envoyé', failed: 'Refusé par le serveur' } as const;

/** The e-mail outbox (issue #9 item 8): what waits without SMTP, what left, what was refused. */
export function OutboxPage() {
  const [state, setState] = useState<'all' | 'pending' | 'sent' | 'failed'>('all');
  const query = useApiQuery(`outbox|${state}`, () => mtApi.outbox(state === 'all' ? undefined : state));
  return (
    <Stack gap="lg">
      <PageHeader title="Boîte d'envoi des e-mails" />
      <SegmentedControl
        value={state}
        onChange={(v) => setState(v as typeof state)}
        data={[
          { value: 'all', label: 'Tous' },
          { value: 'pending', label: 'En attente' },
          { value: 'sent', label: 'Envoyés' },
          { value: 'failed', label: 'Refusés' },
        ]}
        aria-label="Filtrer par état"
      />
      <QueryView query={query}>
        {(data) => (
          <Stack gap="sm">
            {data.delivers ? null : (
              <Alert color="yellow" title="Aucun serveur SMTP configuré">
                Les messages restent ici : configurez MAILLON_SMTP_URL et MAILLON_MAIL_FROM pour qu'ils partent.
              </Alert>
            )}
            {data.items.length === 0 ? <Text>Aucun message.</Text> : null}
            {data.items.length > 0 ? (
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Créé le</Table.Th>
                    <Table.Th scope="col">Destinataire</Table.Th>
                    <Table.Th scope="col">Objet et texte</Table.Th>
                    <Table.Th scope="col">État</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{formatDateTime(m.createdAt)}</Table.Td>
                      <Table.Td>{m.to}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {m.subject}
                        </Text>
                        <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                          {m.text}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" tt="none" color={m.state === 'failed' ? 'red' : m.state === 'sent' ? 'green' : 'gray'}>
                          {STATE_LABELS[m.state]}
                        </Badge>
                        {m.lastError ? <Text size="xs">{m.lastError}</Text> : null}
                        {m.sentAt ? <Text size="xs">{formatDateTime(m.sentAt)}</Text> : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
