import type { CptsDetail } from '@maillon/contracts';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { cptsApi } from '../../api/endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { StageBadge } from '../../components/stage-badge.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useRegionName } from '../../hooks/use-region-name.ts';
import { isRegulator } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { MembersSummaryCard } from '../association/members-summary-card.tsx';
import { IndicatorsCard } from '../mt-matching/indicators-card.tsx';
import { SpecialistIndicatorCard } from '../specialist-requests/specialist-indicator-card.tsx';
import { DeadlinesSection } from './deadlines/deadlines-section.tsx';
import { IdentitySection } from './identity/identity-section.tsx';
import { LifecycleSection } from './lifecycle/lifecycle-section.tsx';
import { TerritorySection } from './territory/territory-section.tsx';

function CptsView({ cpts, onUpdated }: { cpts: CptsDetail; onUpdated: (cpts: CptsDetail) => void }) {
  const me = useMe();
  const regionName = useRegionName(cpts.regionCode);
  const badges = (
    <>
      <StageBadge stage={cpts.stage} size="lg" />
      {cpts.isDemo ? (
        <Badge color="orange" variant="filled" size="lg" tt="none">
          Donnée de démonstration
        </Badge>
      ) : null}
    </>
  );
  const subtitle = (
    <>
      {regionName}
      {isRegulator(me) ? (
        <>
          {' · '}
          <Anchor component={Link} to={`/pipeline/${cpts.regionCode}`} size="sm">
            Retour au pipeline
          </Anchor>
        </>
      ) : null}
      {' · '}
      <Anchor component={Link} to={`/cpts/${cpts.id}/contrat`} size="sm" data-testid="contract-link">
        Voir le contrat ACI
      </Anchor>
      {' · '}
      <Anchor component={Link} to={`/financement?cpts=${cpts.id}`} size="sm" data-testid="financing-link">
        Voir le financement ACI
      </Anchor>
      {' · '}
      <Anchor component={Link} to={`/cpts/${cpts.id}/diagnostic`} size="sm">
        Voir le diagnostic du territoire
      </Anchor>
      {' · '}
      <Anchor component={Link} to={`/cpts/${cpts.id}/engagement`} size="sm">
        Voir l'engagement des professionnels
      </Anchor>
    </>
  );
  return (
    <Stack gap="lg">
      <PageHeader title={cpts.name} badges={badges} subtitle={subtitle} />
      {!cpts.permissions.editIdentity ? (
        <Text size="sm">
          L'identité et le territoire de la CPTS sont tenus à jour par son équipe de coordination et par l'ARS de sa région.
        </Text>
      ) : null}
      <IdentitySection cpts={cpts} onUpdated={onUpdated} />
      <TerritorySection cpts={cpts} onUpdated={onUpdated} />
      <LifecycleSection cpts={cpts} onUpdated={onUpdated} />
      <DeadlinesSection cpts={cpts} onUpdated={onUpdated} />
      <MembersSummaryCard cptsId={cpts.id} canManage={cpts.permissions.edit} />
      <IndicatorsCard cptsId={cpts.id} />
      <SpecialistIndicatorCard cptsId={cpts.id} />
    </Stack>
  );
}

export function CptsPage() {
  const { id = '' } = useParams();
  const detail = useApiQuery(`cpts-detail|${id}`, () => cptsApi.get(id));
  return (
    <>
      {detail.data ? null : <PageHeader title="Fiche CPTS" />}
      <QueryView query={detail} loadingLabel="Chargement de la CPTS…" notFoundMessage="CPTS introuvable">
        {(cpts) => <CptsView cpts={cpts} onUpdated={detail.setData} />}
      </QueryView>
    </>
  );
}
