import { Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { specialtyLabel } from './specialist-labels.ts';
import { SpecialistRequestCard } from './specialist-request-card.tsx';
import { SpecialistRequestForm } from './specialist-request-form.tsx';
import { specialistRequestsApi } from './specialist-requests-api.ts';

/**
 * `/avis-specialises`: the physician asks the CPTS's specialists and follows the answers; a
 * specialist answers or books one of their dedicated slots (issue #10 item 6,
 * docs/reference/specialist-access.md).
 */
export function SpecialistRequestsPage() {
  const mine = useApiQuery('specialist-requests', specialistRequestsApi.mine);
  return (
    <Stack gap="lg">
      <PageHeader title="Avis spécialisés" subtitle="Consultations et avis de spécialistes de la CPTS dans un délai cible" />
      <QueryView query={mine} loadingLabel="Chargement…">
        {(data) => (
          <>
            {data.me.specialties.length > 0 ? (
              <Stack gap="sm" component="section" aria-labelledby="inbox-title">
                <Title order={2} id="inbox-title">
                  Demandes reçues ({data.me.specialties.map(specialtyLabel).join(', ')})
                </Title>
                {data.inbox.length === 0 ? <Text>Aucune demande en attente pour votre spécialité.</Text> : null}
                {data.inbox.map((r) => (
                  <SpecialistRequestCard key={r.id} r={r} viewer="specialist" slots={data.slots} onChange={mine.reload} />
                ))}
              </Stack>
            ) : null}
            {data.me.canAsk && data.cpts.length > 0 ? (
              <SpecialistRequestForm cpts={data.cpts} onPosted={mine.reload} />
            ) : (
              <Text>Les demandes d’avis sont réservées aux médecins adhérents d’une CPTS.</Text>
            )}
            <Stack gap="sm" component="section" aria-labelledby="posted-title">
              <Title order={2} id="posted-title">
                Mes demandes
              </Title>
              {data.posted.length === 0 ? <Text>Aucune demande envoyée.</Text> : null}
              {data.posted.map((r) => (
                <SpecialistRequestCard key={r.id} r={r} viewer="author" onChange={mine.reload} />
              ))}
            </Stack>
          </>
        )}
      </QueryView>
    </Stack>
  );
}
