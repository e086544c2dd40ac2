import { Button, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { cptsApi } from '../../api/endpoints.ts';
import { CptsLinks } from '../../components/cpts-links.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useRegionName } from '../../hooks/use-region-name.ts';
import { formatNumber } from '../../lib/format.ts';
import { canCreateCpts, isAdmin } from '../../session/roles.ts';
import { rememberRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';
import { NewCptsModal } from './new-cpts-modal.tsx';
import { PendingProposalsNotice } from './pending-proposals-notice.tsx';
import { archivedOf, PipelineBoard } from './pipeline-board.tsx';

export function PipelinePage() {
  const me = useMe();
  const navigate = useNavigate();
  const { region = '' } = useParams();
  const regionName = useRegionName(region) ?? region;
  const list = useApiQuery(`cpts|${region}`, () => cptsApi.list(region));
  const [creating, { open, close }] = useDisclosure(false);

  useEffect(() => rememberRegion(region), [region]);

  const actions = (
    <>
      {isAdmin(me) ? <RegionSelect value={region} onChange={(next) => navigate(`/pipeline/${next}`)} /> : null}
      {canCreateCpts(me) ? (
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open} data-testid="new-cpts-button">
          Nouvelle CPTS
        </Button>
      ) : null}
    </>
  );

  return (
    <Stack gap="lg">
      <PageHeader title="Pipeline des CPTS" subtitle={regionName} actions={actions} />
      <PendingProposalsNotice region={region} />
      <QueryView query={list} loadingLabel="Chargement des CPTS…">
        {({ items }) => {
          const archived = archivedOf(items);
          return (
            <>
              <Text size="sm">{formatNumber(items.length)} CPTS ou projets de CPTS dans la région, classés par étape.</Text>
              <PipelineBoard items={items} />
              {archived.length > 0 ? (
                <section aria-labelledby="archived-title">
                  <Title order={2} size="h4" id="archived-title" mb="xs">
                    CPTS dissoutes ou fusionnées ({formatNumber(archived.length)})
                  </Title>
                  <CptsLinks items={archived} />
                </section>
              ) : null}
            </>
          );
        }}
      </QueryView>
      <NewCptsModal
        opened={creating}
        onClose={close}
        region={region}
        regionName={regionName}
        onCreated={(created) => {
          close();
          navigate(`/cpts/${created.id}`);
        }}
      />
    </Stack>
  );
}
