import type { DiagnosticDto } from '@maillon/contracts';
import { Anchor, Badge, Group, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { plural } from '../../lib/format.ts';
import { diagnosticApi } from './diagnostic-api.ts';
import { DiagnosticView } from './diagnostic-view.tsx';
import { DownloadButton } from './download-button.tsx';

function Downloads({ cptsId }: { cptsId: string }) {
  return (
    <Group align="flex-start" gap="md">
      <DownloadButton
        label="Télécharger (XLSX)"
        icon={<IconFileSpreadsheet size={16} aria-hidden />}
        request={() => diagnosticApi.cptsExport(cptsId, 'xlsx')}
        testId="diagnostic-xlsx"
      />
      <DownloadButton
        label="Version imprimable (PDF)"
        icon={<IconFileTypePdf size={16} aria-hidden />}
        request={() => diagnosticApi.cptsExport(cptsId, 'pdf')}
        testId="diagnostic-pdf"
      />
    </Group>
  );
}

function Loaded({ diagnostic }: { diagnostic: DiagnosticDto }) {
  const id = diagnostic.perimeter.cptsId ?? '';
  const badges = diagnostic.perimeter.isDemo ? (
    <Badge color="orange" variant="filled" size="lg" tt="none">
      Donnée de démonstration
    </Badge>
  ) : null;
  const subtitle = (
    <>
      {diagnostic.perimeter.name} · {plural(diagnostic.perimeter.unitCount, 'commune')} ·{' '}
      <Anchor component={Link} to={`/cpts/${id}`} size="sm">
        Fiche de la CPTS
      </Anchor>{' '}
      ·{' '}
      <Anchor component={Link} to={`/cpts/${id}/engagement`} size="sm">
        Engagement des professionnels
      </Anchor>
    </>
  );
  return (
    <Stack gap="lg">
      <PageHeader title="Diagnostic territorial" subtitle={subtitle} badges={badges} actions={<Downloads cptsId={id} />} />
      <DiagnosticView diagnostic={diagnostic} />
    </Stack>
  );
}

/** "Diagnostic territorial" of a CPTS: tables, comparisons, XLSX and PDF downloads (issue #3 point 6). */
export function DiagnosticPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(`diagnostic|${id}`, () => diagnosticApi.ofCpts(id));
  return (
    <>
      {query.data ? null : <PageHeader title="Diagnostic territorial" />}
      <QueryView query={query} loadingLabel="Calcul du diagnostic…" notFoundMessage="CPTS introuvable">
        {(diagnostic) => <Loaded diagnostic={diagnostic} />}
      </QueryView>
    </>
  );
}
