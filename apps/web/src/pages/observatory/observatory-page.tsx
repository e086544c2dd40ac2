import { Button, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { coverageApi, type Scope } from '../../api/endpoints.ts';
import { ContoursMissingAlert } from '../../components/contours-missing-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { FRANCE, isAdmin, isArs } from '../../session/roles.ts';
import { rememberRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';
import { DepartementSelect } from './departement-select.tsx';
import { ObservatoryContent } from './observatory-content.tsx';

export function ObservatoryPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { region = FRANCE } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const national = region === FRANCE;
  const departement = national ? null : searchParams.get('departement');
  const scope: Scope = { region: national ? null : region, departement };
  const coverage = useApiQuery(`coverage|${region}|${departement ?? ''}`, () => coverageApi.coverage(scope));

  useEffect(() => rememberRegion(region), [region]);

  function selectDepartement(next: string | null) {
    setSearchParams(next ? { departement: next } : {});
  }

  // A CPAM reads its département's contracts only: its link opens its own scope (docs/reference/roles.md).
  const financingLink = departement
    ? `/financement?departement=${departement}`
    : isAdmin(me) || isArs(me)
      ? `/financement?region=${region}`
      : '/financement';
  const actions = (
    <>
      {isAdmin(me) ? <RegionSelect value={region} withFrance onChange={(next) => navigate(`/observatoire/${next}`)} /> : null}
      {national ? null : <DepartementSelect region={region} value={departement} onChange={selectDepartement} />}
      {national ? null : (
        <Button component={Link} to={financingLink} variant="default" data-testid="financing-link">
          Financement ACI
        </Button>
      )}
    </>
  );

  return (
    <Stack gap="xl">
      <PageHeader title="Observatoire de la couverture" subtitle={coverage.data ? coverage.data.scope.name : undefined} actions={actions} />
      <QueryView query={coverage} loadingLabel="Calcul de la couverture…">
        {(data) => (
          <>
            {data.contoursLoaded ? null : <ContoursMissingAlert />}
            <ObservatoryContent coverage={data} scope={scope} region={national ? null : region} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}
