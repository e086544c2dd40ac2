import type { ProposalStatusDto } from '@maillon/contracts';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { proposalsApi } from '../../api/proposal-endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useRegionName } from '../../hooks/use-region-name.ts';
import { plural } from '../../lib/format.ts';
import { isAdmin } from '../../session/roles.ts';
import { rememberRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';
import { ProposalCard } from './proposal-card.tsx';

type Filter = ProposalStatusDto | 'all';

/**
 * Territory proposals of a region for its ARS (who decide) and CPAM (who read): those of the
 * region's CPTS and those asking the region about its communes.
 */
export function ProposalsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { region = '' } = useParams();
  const regionName = useRegionName(region) ?? region;
  const [filter, setFilter] = useState<Filter>('pending');
  const list = useApiQuery(`territory-proposals|${region}|${filter}`, () =>
    proposalsApi.ofRegion(region, filter === 'all' ? undefined : filter),
  );
  useEffect(() => rememberRegion(region), [region]);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Propositions de territoire"
        subtitle={regionName}
        actions={isAdmin(me) ? <RegionSelect value={region} onChange={(next) => navigate(`/propositions/${next}`)} /> : null}
      />
      <SegmentedControl
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        aria-label="Propositions affichées"
        data={[
          { value: 'pending', label: 'En attente' },
          { value: 'accepted', label: 'Acceptées' },
          { value: 'refused', label: 'Refusées' },
          { value: 'all', label: 'Toutes' },
        ]}
        w="fit-content"
      />
      <QueryView query={list} loadingLabel="Chargement des propositions…">
        {({ items, counts }) => (
          <Stack gap="md">
            <Text size="sm" data-testid="proposals-counts">
              {counts.pending === 0
                ? 'Aucune proposition en attente de décision.'
                : `${plural(counts.pending, 'proposition en attente', 'propositions en attente')}, dont ${plural(counts.awaitingMe, 'attend', 'attendent')} votre décision.`}
            </Text>
            {items.length === 0 ? <Text size="sm">Aucune proposition à afficher.</Text> : null}
            {items.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} onChanged={list.reload} headingOrder={2} showCpts />
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
