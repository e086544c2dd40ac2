import type { AuditEntryDto } from '@maillon/contracts';
import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { cptsApi } from '../../api/endpoints.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { formatNumber, plural } from '../../lib/format.ts';
import { coordinatedCptsIds, isAdmin } from '../../session/roles.ts';
import { useMe } from '../../session/use-session.ts';
import { DownloadButton } from '../diagnostic/download-button.tsx';
import { type AuditFilter, auditApi, NO_AUDIT_FILTER } from './audit-api.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

const PAGE_SIZE = 50;
const KEYS = Object.keys(NO_AUDIT_FILTER) as (keyof AuditFilter)[];

/** The filter lives in the address (a trail view can be bookmarked or sent to the DPO). */
function readFilter(params: URLSearchParams): AuditFilter {
  return Object.fromEntries(KEYS.map((key) => [key, params.get(key) || null])) as unknown as AuditFilter;
}

/**
 * "Journal d'audit": who read, exported or changed personal data, when and from where. The
 * coordination team sees its CPTS's trail; the platform administration sees everything.
 */
export function AuditPage() {
  const me = useMe();
  const admin = isAdmin(me);
  const own = coordinatedCptsIds(me);
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  if (!admin && !filter.cptsId && own[0]) filter.cptsId = own[0];
  const [actorLabel, setActorLabel] = useState<string | null>(null);
  const [older, setOlder] = useState<AuditEntryDto[]>([]);
  const [before, setBefore] = useState<number | null>(null);
  const key = JSON.stringify(filter);
  const firstPage = useApiQuery(`audit|${key}`, () => auditApi.page(filter, { limit: PAGE_SIZE, before: null }));
  const cpts = useApiQuery(admin ? 'audit-cpts' : null, () => cptsApi.list(null));
  // A new filter starts again from the newest entries.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filter.
  useEffect(() => {
    setOlder([]);
    setBefore(null);
  }, [key]);
  const [loadingMore, setLoadingMore] = useState(false);

  const change = (next: Partial<AuditFilter>) => {
    const merged = { ...filter, ...next };
    const search = new URLSearchParams();
    for (const k of KEYS) if (merged[k]) search.set(k, merged[k] as string);
    setParams(search, { replace: true });
  };
  const cptsChoices = admin
    ? (cpts.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))
    : own.length > 1
      ? own.map((id, i) => ({ value: id, label: `Ma CPTS (${i + 1})` }))
      : null;

  async function loadMore(cursor: number) {
    setLoadingMore(true);
    try {
      const page = await auditApi.page(filter, { limit: PAGE_SIZE, before: cursor });
      setOlder((items) => [...items, ...page.items]);
      setBefore(page.nextBefore);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Stack>
      <PageHeader
        title="Journal d'audit"
        subtitle="Chaque consultation, export ou modification de données personnelles y est inscrite, sans possibilité de la modifier ni de l'effacer."
      />
      {!admin && own.length === 0 ? (
        <Alert color="gray" title="Accès réservé">
          Le journal d'audit est consultable par l'équipe de coordination de la CPTS et par l'administration de la plateforme.
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <Stack gap="md">
            <AuditFilters filter={filter} onChange={change} cptsChoices={cptsChoices} actorLabel={actorLabel} />
            <DownloadButton
              label="Exporter (CSV)"
              icon={<IconFileTypeCsv size={16} aria-hidden />}
              request={() => ({ path: auditApi.exportPath(filter) })}
              testId="audit-csv"
            />
            <QueryView query={firstPage} loadingLabel="Chargement du journal…">
              {(data) => {
                const items = [...data.items, ...older];
                const cursor = older.length ? before : data.nextBefore;
                return (
                  <Stack gap="sm">
                    <Text size="sm" fw={600} data-testid="audit-total">
                      {plural(data.total, 'entrée', 'entrées')}
                      {items.length < data.total ? ` (${formatNumber(items.length)} affichées)` : ''}
                    </Text>
                    {items.length ? (
                      <AuditTable
                        items={items}
                        onActor={(userId, label) => {
                          setActorLabel(label);
                          change({ actorUserId: userId });
                        }}
                      />
                    ) : (
                      <Text c="dimmed">Aucune entrée pour ces filtres.</Text>
                    )}
                    {cursor !== null && items.length < data.total ? (
                      <Button variant="default" loading={loadingMore} onClick={() => loadMore(cursor)} data-testid="audit-more">
                        Afficher les entrées plus anciennes
                      </Button>
                    ) : null}
                  </Stack>
                );
              }}
            </QueryView>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
