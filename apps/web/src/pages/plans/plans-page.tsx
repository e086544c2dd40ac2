import type { PlanDto } from '@maillon/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { coverageApi, plansApi } from '../../api/endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useRegionName } from '../../hooks/use-region-name.ts';
import { formatInhabitants, plural } from '../../lib/format.ts';
import { isAdmin, isRegulator } from '../../session/roles.ts';
import { rememberRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';
import { PlanFormModal, type PlanFormTarget, type ZoneOption } from './plan-form-modal.tsx';
import { PlansTable } from './plans-table.tsx';

export function PlansPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { region = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const regionName = useRegionName(region) ?? region;
  const plans = useApiQuery(`plans|${region}`, () => plansApi.list(region));
  const coverage = useApiQuery(`coverage|${region}|`, () => coverageApi.coverage({ region, departement: null }));
  const [target, setTarget] = useState<PlanFormTarget | null>(null);
  const canManage = isRegulator(me);
  const zoneParam = searchParams.get('zone');

  useEffect(() => rememberRegion(region), [region]);
  useEffect(() => {
    if (zoneParam && canManage) setTarget({ plan: null, zoneKey: zoneParam });
  }, [zoneParam, canManage]);

  const zones: ZoneOption[] = useMemo(
    () =>
      (coverage.data?.whiteZones ?? [])
        .filter((zone) => zone.planIds.length === 0 || zone.key === zoneParam)
        .sort((a, b) => b.population - a.population)
        .map((zone) => ({ value: zone.key, label: `${zone.label} — ${formatInhabitants(zone.population)}` })),
    [coverage.data, zoneParam],
  );

  function closeForm() {
    setTarget(null);
    if (zoneParam) setSearchParams({}, { replace: true });
  }

  function handleSaved(saved: PlanDto) {
    closeForm();
    plans.reload();
    coverage.reload();
    setSearchParams({ plan: saved.id }, { replace: true });
  }

  const actions = (
    <>
      {isAdmin(me) ? <RegionSelect value={region} onChange={(next) => navigate(`/plans/${next}`)} /> : null}
      {canManage ? (
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setTarget({ plan: null, zoneKey: null })}
          data-testid="new-plan-button"
        >
          Nouveau plan
        </Button>
      ) : null}
    </>
  );

  return (
    <Stack gap="lg">
      <PageHeader title="Plans 100 % CPTS" subtitle={regionName} actions={actions} />
      {coverage.data ? (
        <Text size="sm">
          {plural(coverage.data.plans.zonesWithoutPlan, 'zone blanche sans plan', 'zones blanches sans plan')} ·{' '}
          {plural(coverage.data.plans.overdue, 'plan en retard', 'plans en retard')}
        </Text>
      ) : null}
      <QueryView query={plans} loadingLabel="Chargement des plans…">
        {({ items }) => (
          <PlansTable
            plans={items}
            highlighted={searchParams.get('plan')}
            {...(canManage ? { onEdit: (plan: PlanDto) => setTarget({ plan, zoneKey: plan.zoneKey }) } : {})}
          />
        )}
      </QueryView>
      <PlanFormModal region={region} target={target} zones={zones} onClose={closeForm} onSaved={handleSaved} />
    </Stack>
  );
}
