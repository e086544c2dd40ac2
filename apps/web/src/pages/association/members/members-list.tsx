import type { CategoryDto, MemberDto } from '@maillon/contracts';
import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { membersApi } from '../../../api/association-endpoints.ts';
import { QueryView } from '../../../components/query-view.tsx';
import { useApiQuery } from '../../../hooks/use-api-query.ts';
import { plural } from '../../../lib/format.ts';
import { DUES_OPTIONS, MEMBER_STATUS_OPTIONS } from '../association-labels.ts';
import { DuesModal } from './dues-modal.tsx';
import { LeaveModal } from './leave-modal.tsx';
import { MemberDetailModal } from './member-detail-modal.tsx';
import { MembersTable } from './members-table.tsx';

interface MembersListProps {
  cptsId: string;
  categories: CategoryDto[];
  version: number;
  onChanged: () => void;
}

/** The members list with its filters (status, college, dues, name). */
export function MembersList({ cptsId, categories, version, onChanged }: MembersListProps) {
  const [status, setStatus] = useState('active');
  const [categoryId, setCategoryId] = useState('');
  const [dues, setDues] = useState('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [paying, setPaying] = useState<MemberDto | null>(null);
  const [leaving, setLeaving] = useState<MemberDto | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const filters = { status, categoryId, dues, q };
  const list = useApiQuery(`members|${cptsId}|${JSON.stringify(filters)}|${version}`, () => membersApi.list(cptsId, filters));

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Statut"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[{ value: '', label: 'Tous' }, ...MEMBER_STATUS_OPTIONS]}
          data-testid="filter-status"
        />
        <NativeSelect
          label="Collège"
          value={categoryId}
          onChange={(e) => setCategoryId(e.currentTarget.value)}
          data={[{ value: '', label: 'Tous' }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <NativeSelect
          label="Cotisation de l'année"
          value={dues}
          onChange={(e) => setDues(e.currentTarget.value)}
          data={[{ value: '', label: 'Toutes' }, ...DUES_OPTIONS]}
        />
        <TextInput
          label="Rechercher"
          placeholder="Nom, RPPS, FINESS…"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      <QueryView query={list} loadingLabel="Chargement des adhérents…">
        {({ items, year }) => (
          <Stack gap="xs">
            <Text size="sm" role="status">
              {plural(items.length, 'résultat')}
            </Text>
            <MembersTable
              cptsId={cptsId}
              members={items}
              year={year}
              onPay={setPaying}
              onLeave={setLeaving}
              onOpen={(m) => setOpened(m.id)}
            />
          </Stack>
        )}
      </QueryView>
      <DuesModal
        cptsId={cptsId}
        member={paying}
        onClose={() => setPaying(null)}
        onSaved={() => {
          setPaying(null);
          onChanged();
        }}
      />
      <MemberDetailModal
        cptsId={cptsId}
        memberId={opened}
        categories={categories}
        onClose={() => setOpened(null)}
        onSaved={() => {
          setOpened(null);
          onChanged();
        }}
      />
      <LeaveModal
        cptsId={cptsId}
        member={leaving}
        onClose={() => setLeaving(null)}
        onSaved={() => {
          setLeaving(null);
          onChanged();
        }}
      />
    </Stack>
  );
}
