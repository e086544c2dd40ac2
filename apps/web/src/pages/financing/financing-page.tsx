import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber } from '../../lib/format.ts';
import { coordinatedCptsIds, isAdmin } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { type FinancingQuery, financingApi } from './financing-api.ts';
import { LateMissionsTable, RenewalsTable, UpcomingPaymentsTable } from './financing-lists.tsx';
import { FinancingYearsTable } from './financing-years-table.tsx';

/** The scope from the URL, else the user's own: the ARS's region, the CPAM's département, the team's CPTS. */
function useScope(): FinancingQuery | null {
  const me = useMe();
  const [params] = useSearchParams();
  const region = params.get('region');
  const departement = params.get('departement');
  const cpts = params.get('cpts');
  if (cpts) return { cpts };
  if (departement) return { departement };
  if (region) return { region };
  for (const grant of me.grants) {
    if (grant.role === 'ars') return { region: grant.regionCode };
    if (grant.role === 'cpam') return { departement: grant.departementCode };
  }
  const [own] = coordinatedCptsIds(me);
  if (own) return { cpts: own };
  return null;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm">{label}</Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * Regulators' financing view (issue #8 item 7): committed and paid per CPTS and contract year,
 * upcoming payments, renewals due and late missions, with CSV and XLSX exports. Aggregates only.
 */
export function FinancingPage() {
  const me = useMe();
  const [, setParams] = useSearchParams();
  const scope = useScope();
  const key = scope ? `financing|${JSON.stringify(scope)}` : null;
  const view = useApiQuery(key, () => financingApi.view(scope ?? {}));
  const actions = scope ? (
    <Group gap="sm" align="flex-end">
      {isAdmin(me) && 'region' in scope && scope.region ? (
        <RegionSelect value={scope.region} onChange={(region) => setParams({ region })} />
      ) : null}
      <Button component="a" href={financingApi.csvUrl(scope)} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
        Exporter en CSV
      </Button>
      <Button component="a" href={financingApi.xlsxUrl(scope)} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
        Exporter en XLSX
      </Button>
    </Group>
  ) : null;
  return (
    <>
      <PageHeader title="Financement ACI" subtitle={view.data?.scope.label} actions={actions} />
      {scope ? (
        <QueryView query={view} loadingLabel="Calcul des échéanciers…">
          {(data) => (
            <Stack gap="xl">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <Figure
                  label="Engagé (5 années des contrats)"
                  value={`${data.totals.committed.text}${data.totals.unknownLines ? ' (au moins)' : ''}`}
                />
                <Figure label="Versé à ce jour" value={data.totals.paid.text} />
                <Figure label="Contrats ACI signés" value={formatNumber(data.totals.contracts)} />
                <Figure label="CPTS sans contrat signé" value={formatNumber(data.cptsWithoutContract)} />
              </SimpleGrid>
              <Text size="sm">
                Montants calculés par l'échéancier de l'ACI (art. 9) de chaque contrat enregistré, parts variables des évaluations terminées
                comprises ; « au moins » signale des montants non connus du référentiel. Agrégats, sans donnée personnelle.
              </Text>
              <Stack gap="sm">
                <Title order={2}>Par CPTS et par année de contrat</Title>
                <FinancingYearsTable rows={data.years} />
              </Stack>
              <Stack gap="sm">
                <Title order={2}>Versements à venir</Title>
                <UpcomingPaymentsTable rows={data.upcoming} />
              </Stack>
              <Stack gap="sm">
                <Title order={2}>Contrats à renouveler</Title>
                <RenewalsTable rows={data.renewals} />
              </Stack>
              <Stack gap="sm">
                <Title order={2}>Missions en retard</Title>
                <LateMissionsTable rows={data.lateMissions} />
              </Stack>
            </Stack>
          )}
        </QueryView>
      ) : isAdmin(me) ? (
        <Stack gap="sm">
          <Text>Choisissez la région dont afficher le financement.</Text>
          <RegionSelect value="" onChange={(region) => setParams({ region })} />
        </Stack>
      ) : (
        <Text>Aucun périmètre de financement pour votre compte.</Text>
      )}
    </>
  );
}
