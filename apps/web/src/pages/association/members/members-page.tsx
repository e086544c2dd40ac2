import { Badge, Button, Stack, Tabs } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { membersApi } from '../../../api/association-endpoints.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { AssociationLinks } from '../association-links.tsx';
import { useCptsName } from '../use-cpts-name.ts';
import { AddMemberModal } from './add-member-modal.tsx';
import { CategoriesSection } from './categories-section.tsx';
import { MembersList } from './members-list.tsx';
import { PendingRequests } from './pending-requests.tsx';
import { SettingsSection } from './settings-section.tsx';

/** Members of a CPTS: list with filters, pending requests, colleges and dues, statutes' settings. */
export function MembersPage() {
  const { id = '' } = useParams();
  const name = useCptsName(id);
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState(false);
  const [tab, setTab] = useState<string | null>('members');
  const categories = useApiQuery(`categories|${id}|${version}`, () => membersApi.categories(id));
  const pending = useApiQuery(`pending|${id}|${version}`, () => membersApi.list(id, { status: 'requested' }));
  const changed = () => setVersion((v) => v + 1);
  const pendingCount = pending.data?.items.length ?? 0;

  const actions = (
    <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)} data-testid="add-member-button">
      Ajouter un adhérent
    </Button>
  );
  return (
    <Stack gap="md">
      <PageHeader title="Adhérents" subtitle={name ?? undefined} actions={actions} />
      <AssociationLinks cptsId={id} current="members" />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">Adhérents</Tabs.Tab>
          <Tabs.Tab
            value="requests"
            data-testid="requests-tab"
            rightSection={
              pendingCount > 0 ? (
                <Badge size="sm" color="orange" variant="filled" circle aria-label={`${pendingCount} en attente`}>
                  {pendingCount}
                </Badge>
              ) : null
            }
          >
            Demandes en attente
          </Tabs.Tab>
          <Tabs.Tab value="categories">Collèges et cotisations</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersList cptsId={id} categories={categories.data?.items ?? []} version={version} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <PendingRequests cptsId={id} query={pending} categories={categories.data?.items ?? []} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <Stack gap="lg">
            <CategoriesSection cptsId={id} query={categories} onChanged={changed} />
            <SettingsSection cptsId={id} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <AddMemberModal
        cptsId={id}
        opened={adding}
        categories={categories.data?.items ?? []}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          changed();
        }}
      />
    </Stack>
  );
}
