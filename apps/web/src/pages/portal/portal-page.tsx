import type { PortalDto } from '@maillon/contracts';
import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { AssembliesSection } from './assemblies-section.tsx';
import { MembershipCard } from './membership-card.tsx';
import { portalApi } from './portal-api.ts';

function EmptyPortal({ portal }: { portal: PortalDto }) {
  if (!portal.user.idNatPs) {
    return (
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Compte non relié à un professionnel" data-testid="portal-empty">
        Votre compte n’est relié à aucun identifiant national de professionnel de santé (RPPS ou ADELI) : Maillon ne peut pas retrouver vos
        adhésions. Connectez-vous avec Pro Santé Connect, ou demandez à l’équipe de coordination de votre CPTS d’enregistrer votre
        identifiant.
      </Alert>
    );
  }
  return (
    <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Aucune adhésion" data-testid="portal-empty">
      Aucune CPTS utilisant Maillon ne vous compte parmi ses adhérents (identifiant national {portal.user.idNatPs}). Pour adhérer,
      adressez-vous à l’équipe de coordination de la CPTS de votre territoire.
    </Alert>
  );
}

/** The member portal: the professional's CPTS, membership, dues and the assemblies they vote in. */
export function PortalPage() {
  const portal = useApiQuery('portal', portalApi.get);
  return (
    <Stack gap="lg">
      <PageHeader title="Mon espace adhérent" subtitle="Vos CPTS, votre adhésion, vos cotisations et vos assemblées générales" />
      <QueryView query={portal} loadingLabel="Chargement de votre espace adhérent…">
        {(data) => (
          <>
            <Text data-testid="portal-identity">
              {data.user.displayName}
              {data.user.idNatPs ? ` — identifiant national ${data.user.idNatPs}` : ''}
            </Text>
            {data.memberships.length === 0 ? <EmptyPortal portal={data} /> : null}
            {data.memberships.map((membership) => (
              <MembershipCard key={membership.memberId} membership={membership} />
            ))}
            {data.memberships.length > 0 ? <AssembliesSection assemblies={data.assemblies} /> : null}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
