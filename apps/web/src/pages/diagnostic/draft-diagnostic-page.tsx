import type { DiagnosticDto, UnitDto } from '@maillon/contracts';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconReportAnalytics } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { RegionSelect } from '../../components/region-select.tsx';
import { formatNumber, plural } from '../../lib/format.ts';
import { useCurrentRegion } from '../../session/use-current-region.ts';
import { useMe } from '../../session/use-session.ts';
import { codeOnly, fromUnitDto } from '../cpts/territory/draft-unit.ts';
import { GroupAdders } from '../cpts/territory/group-adders.tsx';
import { UnitSearch } from '../cpts/territory/unit-search.tsx';
import { UnitTable } from '../cpts/territory/unit-table.tsx';
import { useTerritoryDraft } from '../cpts/territory/use-territory-draft.ts';
import { CptsDiagnosticPicker } from './cpts-diagnostic-picker.tsx';
import { diagnosticApi } from './diagnostic-api.ts';
import { DiagnosticView } from './diagnostic-view.tsx';
import { DownloadButton } from './download-button.tsx';

const NO_UNITS: UnitDto[] = [];
const NOTHING_FLAGGED = new Map<string, string>();

/** "Diagnostic d'un périmètre": pick communes like the territory editor, then diagnose them without saving anything. */
export function DraftDiagnosticPage() {
  const me = useMe();
  const currentRegion = useCurrentRegion();
  const [region, setRegion] = useState(currentRegion ?? '93');
  const draft = useTerritoryDraft(NO_UNITS);
  const present = useMemo(() => new Set(draft.codes), [draft.codes]);
  const [addError, setAddError] = useState<unknown>(null);
  const [result, setResult] = useState<{ diagnostic: DiagnosticDto; units: string[]; region: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>(null);
  const population = draft.units.reduce((sum, unit) => sum + (unit.population ?? 0), 0);

  async function run() {
    setRunning(true);
    setRunError(null);
    try {
      setResult({ diagnostic: await diagnosticApi.draft(draft.codes, region), units: draft.codes, region });
    } catch (error) {
      setRunError(error);
    } finally {
      setRunning(false);
    }
  }

  const body = () => ({ units: result?.units ?? [], regionCode: result?.region });
  return (
    <Stack gap="lg">
      <PageHeader title="Diagnostic d'un périmètre" subtitle="Diagnostic territorial d'une CPTS existante ou d'un périmètre en projet" />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>Diagnostic d'une CPTS</Title>
          <CptsDiagnosticPicker region={me.grants.some((g) => g.role === 'coordinator') ? null : region} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="md">
          <Title order={2}>Périmètre en projet</Title>
          <Text size="sm">
            Composez un périmètre commune par commune, par EPCI ou par département : rien n'est enregistré. Il est comparé à ses
            départements, à la région choisie et à la France.
          </Text>
          <RegionSelect value={region} onChange={setRegion} />
          <UnitSearch region={region} present={present} onPick={(unit) => draft.add([fromUnitDto(unit)])} />
          <GroupAdders
            region={region}
            onError={setAddError}
            onAdd={(group) => {
              setAddError(null);
              const known = new Map((group.items ?? []).map((unit) => [unit.code, fromUnitDto(unit)]));
              draft.add(group.units.map((code) => known.get(code) ?? codeOnly(code)));
            }}
          />
          {addError ? (
            <Alert color="red" role="alert">
              {errorMessage(addError)}
            </Alert>
          ) : null}
          <Text size="sm" fw={600} role="status" aria-live="polite" data-testid="draft-summary">
            {plural(draft.units.length, 'commune')}
            {population > 0 ? ` · ${formatNumber(population)} habitants (communes nommées)` : ''}
          </Text>
          <UnitTable units={draft.units} onRemove={draft.remove} flagged={NOTHING_FLAGGED} />
          <Group justify="flex-end">
            <Button variant="default" onClick={draft.reset} disabled={draft.units.length === 0 || running}>
              Vider le périmètre
            </Button>
            <Button
              leftSection={<IconReportAnalytics size={16} aria-hidden />}
              onClick={run}
              disabled={draft.units.length === 0}
              loading={running}
              loaderProps={{ 'aria-label': 'Calcul du diagnostic' }}
              data-testid="draft-run"
            >
              Établir le diagnostic
            </Button>
          </Group>
          {runError ? <ErrorAlert error={runError} title="Diagnostic impossible" /> : null}
        </Stack>
      </Paper>
      {result ? (
        <Stack gap="md" data-testid="draft-result">
          <Group justify="space-between" align="flex-start">
            <Title order={2}>Diagnostic du périmètre ({plural(result.units.length, 'commune')})</Title>
            <Group align="flex-start">
              <DownloadButton
                label="Télécharger (XLSX)"
                icon={<IconFileSpreadsheet size={16} aria-hidden />}
                request={() => diagnosticApi.draftExport('xlsx', body(), me.csrfToken)}
                testId="draft-xlsx"
              />
              <DownloadButton
                label="Version imprimable (PDF)"
                icon={<IconFileTypePdf size={16} aria-hidden />}
                request={() => diagnosticApi.draftExport('pdf', body(), me.csrfToken)}
                testId="draft-pdf"
              />
            </Group>
          </Group>
          <DiagnosticView diagnostic={result.diagnostic} headingOrder={3} />
        </Stack>
      ) : null}
    </Stack>
  );
}
