import type { GpProposalDto, GpSelfDto } from '@maillon/contracts';
import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { CandidatesSection } from './candidates-section.tsx';
import { CapacityForm } from './capacity-form.tsx';
import { GpProposalsSection } from './gp-proposals-section.tsx';
import { mtMatchingApi } from './mt-matching-api.ts';

function GpView({ self, onSelf }: { self: GpSelfDto; onSelf: (s: GpSelfDto) => void }) {
  const proposals = useApiQuery('gp-proposals', mtMatchingApi.gpProposals);
  const [items, setItems] = useState<GpProposalDto[]>([]);
  useEffect(() => setItems(proposals.data?.items ?? []), [proposals.data]);
  return (
    <>
      <Text data-testid="gp-identity">
        {self.gp.displayName} — RPPS {self.gp.idNatPs.slice(1)}
      </Text>
      {self.cpts.length === 0 ? <Text>Aucune CPTS utilisant Maillon ne couvre votre lieu d’exercice.</Text> : null}
      {self.cpts.map((c) => (
        <CapacityForm key={c.id} gp={self.gp} cpts={c} onSaved={onSelf} />
      ))}
      <GpProposalsSection items={items} onChange={setItems} />
      {self.cpts
        .filter((c) => c.capacity)
        .map((c) => (
          <CandidatesSection key={`${c.id}-${c.capacity?.declaredAt}`} cptsId={c.id} cptsName={c.name} onTaken={setItems} />
        ))}
    </>
  );
}

/** A GP's page (issue #9 items 3 and 5): declare capacity, answer proposals, take a waiting patient. */
export function GpPage() {
  const self = useApiQuery('gp-capacity', mtMatchingApi.myCapacity);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Nouveaux patients"
        subtitle="Médecins généralistes : votre capacité d’accueil et les patients sans médecin traitant"
      />
      <QueryView query={self} loadingLabel="Chargement…">
        {(data) => <GpView self={data} onSelf={self.setData} />}
      </QueryView>
    </Stack>
  );
}
