import type { EngagementSummaryDto } from '@maillon/contracts';
import { Alert, Anchor, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { coordinatedCptsIds, isAdmin } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { engagementApi } from './engagement-api.ts';
import { EngagementRates } from './engagement-rates.tsx';
import { InvitationsSection } from './invitations-section.tsx';
import { NonMembersSection } from './non-members-section.tsx';
import { PartnersSection } from './partners-section.tsx';

function Lists({ cptsId, summary, onInvited }: { cptsId: string; summary: EngagementSummaryDto; onInvited: () => void }) {
  const invitations = useApiQuery(`invitations|${cptsId}`, () => engagementApi.invitations(cptsId));
  const refresh = () => {
    invitations.reload();
    onInvited();
  };
  return (
    <>
      <NonMembersSection cptsId={cptsId} units={summary.units} onInvited={refresh} />
      <InvitationsSection cptsId={cptsId} query={invitations} />
      <PartnersSection cptsId={cptsId} onInvited={refresh} />
    </>
  );
}

/** "Engagement": members versus professionals of the territory, who to invite, invitations, partners (issue #3 point 5). */
export function EngagementPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const summary = useApiQuery(`engagement|${id}`, () => engagementApi.summary(id));
  // Nominative lists are the coordination team's (and the admin's); ARS and CPAM see the rates.
  const manages = isAdmin(me) || coordinatedCptsIds(me).includes(id);
  const subtitle = (
    <>
      <Anchor component={Link} to={`/cpts/${id}`} size="sm">
        Fiche de la CPTS
      </Anchor>{' '}
      ·{' '}
      <Anchor component={Link} to={`/cpts/${id}/diagnostic`} size="sm">
        Diagnostic territorial
      </Anchor>
    </>
  );
  return (
    <Stack gap="lg">
      <PageHeader title="Engagement des professionnels" subtitle={subtitle} />
      <QueryView query={summary} loadingLabel="Calcul des taux d'adhésion…" notFoundMessage="CPTS introuvable">
        {(data) => (
          <Stack gap="lg">
            <EngagementRates summary={data} />
            {manages ? (
              <Lists cptsId={id} summary={data} onInvited={summary.reload} />
            ) : (
              <Alert color="gray" icon={<IconLock aria-hidden />} title="Listes nominatives">
                Les professionnels à inviter, les invitations et les partenaires sont suivis par l'équipe de coordination de la CPTS.
              </Alert>
            )}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
