import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { NewRequestModal } from './new-request-modal.tsx';
import { ProRequestCard } from './pro-request-card.tsx';
import { proRequestsApi } from './pro-requests-api.ts';

/** `/demandes`: the requests a professional received and posted, and the form to post one (issue #10 item 5, docs/reference/pro-requests.md). */
export function ProRequestsPage() {
  const mine = useApiQuery('pro-requests', proRequestsApi.mine);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader title="Demandes entre professionnels" subtitle="Les demandes que vous avez reçues et publiées" />
      <QueryView query={mine} loadingLabel="Chargement…">
        {(data) => (
          <>
            <Group>
              {data.cpts.length > 0 ? (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                  Nouvelle demande
                </Button>
              ) : (
                <Text>Seuls les professionnels adhérents d’une CPTS publient des demandes.</Text>
              )}
            </Group>
            {notice ? (
              <Alert color="green" role="status" withCloseButton closeButtonLabel="Fermer le message" onClose={() => setNotice(null)}>
                {notice}
              </Alert>
            ) : null}
            <NewRequestModal
              opened={creating}
              mine={data}
              onClose={() => setCreating(false)}
              onPosted={(posted) => {
                setCreating(false);
                setNotice(`Demande publiée : « ${posted.act} ».`);
                mine.reload();
              }}
            />
            <Title order={2}>Reçues</Title>
            {data.received.length === 0 ? <Text>Aucune demande reçue.</Text> : null}
            {data.received.map((r) => (
              <ProRequestCard key={r.id} r={r} perspective="received" onChange={mine.reload} />
            ))}
            <Title order={2}>Publiées</Title>
            {data.posted.length === 0 ? <Text>Aucune demande publiée.</Text> : null}
            {data.posted.map((r) => (
              <ProRequestCard key={r.id} r={r} perspective="posted" onChange={mine.reload} />
            ))}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
