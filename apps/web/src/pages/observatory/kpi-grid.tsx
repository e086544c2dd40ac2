import type { CoverageDto } from '@maillon/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatInhabitants, formatNumber, formatPercent, plural } from '../../lib/format.ts';
import { KpiCard } from './kpi-card.tsx';

export function KpiGrid({ coverage }: { coverage: CoverageDto }) {
  const { population } = coverage;
  const operating = coverage.cpts.filter((cpts) => cpts.stage === 'aciSigned' || cpts.stage === 'operating').length;
  const overlapPopulation = coverage.overlaps.reduce((sum, overlap) => sum + overlap.population, 0);
  return (
    <section aria-labelledby="kpi-title">
      <h2 id="kpi-title" className="visually-hidden">
        Indicateurs clés
      </h2>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <KpiCard
          label="Population totale"
          value={population}
          testId="kpi-population"
          detail={plural(coverage.unitCount, 'unité territoriale', 'unités territoriales')}
        />
        <KpiCard
          label="Population couverte (lettre d'intention validée)"
          value={coverage.covered.letterOfIntent}
          testId="kpi-covered-loi"
          detail={
            <span data-testid="kpi-covered-loi-share">{formatPercent(coverage.covered.letterOfIntent, population)} de la population</span>
          }
        />
        <KpiCard
          label="Population couverte (ACI signé ou en fonctionnement)"
          value={coverage.covered.operating}
          testId="kpi-covered-operating"
          detail={
            <span data-testid="kpi-covered-operating-share">{formatPercent(coverage.covered.operating, population)} de la population</span>
          }
        />
        <KpiCard
          label="Population en zone blanche"
          value={coverage.uncovered}
          testId="kpi-uncovered"
          color="red.9"
          detail={`${formatPercent(coverage.uncovered, population)} de la population`}
        />
        <KpiCard
          label="Zones blanches"
          value={coverage.whiteZones.length}
          testId="kpi-white-zones"
          detail="territoires sans CPTS à lettre d'intention validée"
        />
        <KpiCard
          label="Chevauchements"
          value={coverage.overlaps.length}
          testId="kpi-overlaps"
          detail={`${formatInhabitants(overlapPopulation)} concernés`}
        />
        <Paper withBorder p="md" radius="md" component="article" aria-label="Plans 100 % CPTS">
          <Text size="sm" fw={600}>
            Plans 100 % CPTS
          </Text>
          <Text size="sm" mt={4}>
            Zones sans plan :{' '}
            <Text span fw={800} fz={22} data-testid="kpi-zones-without-plan">
              {formatNumber(coverage.plans.zonesWithoutPlan)}
            </Text>
          </Text>
          <Text size="sm">
            Plans en retard :{' '}
            <Text span fw={800} fz={22} c={coverage.plans.overdue > 0 ? 'red.9' : undefined} data-testid="kpi-plans-overdue">
              {formatNumber(coverage.plans.overdue)}
            </Text>
          </Text>
        </Paper>
        <KpiCard
          label="CPTS dans le périmètre"
          value={coverage.cpts.length}
          testId="kpi-cpts"
          detail={`dont ${formatNumber(operating)} sous contrat ACI ou en fonctionnement`}
        />
      </SimpleGrid>
    </section>
  );
}
