import type { CptsDetail } from '@maillon/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { cptsApi } from '../../../api/endpoints.ts';
import { formatDate } from '../../../lib/format.ts';
import { ProposalCard } from '../../proposals/proposal-card.tsx';
import { AssessmentSummary } from './assessment-summary.tsx';
import { compareUnits, fromUnitDto, unitLabel } from './draft-unit.ts';
import { flaggedUnits } from './flagged-units.ts';
import { ProposalHistory } from './proposal-history.tsx';
import { TerritoryEditor } from './territory-editor.tsx';
import { UnitTable } from './unit-table.tsx';

interface TerritorySectionProps {
  cpts: CptsDetail;
  onUpdated: (cpts: CptsDetail) => void;
}

function TerritoryView({ cpts }: { cpts: CptsDetail }) {
  const units = useMemo(() => cpts.units.map(fromUnitDto).sort(compareUnits), [cpts.units]);
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const describe = (code: string) => {
    const unit = byCode.get(code);
    return unit ? unitLabel(unit) : code;
  };
  return (
    <Stack gap="md">
      <AssessmentSummary assessment={cpts.assessment} describe={describe} preview={false} loading={false} />
      <UnitTable units={units} flagged={flaggedUnits(cpts.assessment)} />
    </Stack>
  );
}

export function TerritorySection({ cpts, onUpdated }: TerritorySectionProps) {
  // A decision may change the territory: reload the whole CPTS.
  const refresh = async () => onUpdated(await cptsApi.get(cpts.id));
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="territory-title">
      <Title order={2} id="territory-title" mb="sm">
        Territoire
      </Title>
      <Stack gap="md">
        {cpts.letterOfIntentValidatedOn ? (
          <Text size="sm" data-testid="territory-validated">
            Territoire validé par l'ARS avec la lettre d'intention le {formatDate(cpts.letterOfIntentValidatedOn)} : toute modification lui
            est proposée.
          </Text>
        ) : null}
        {cpts.pendingProposal ? <ProposalCard proposal={cpts.pendingProposal} onChanged={() => void refresh()} headingOrder={3} /> : null}
        {cpts.permissions.editTerritory ? <TerritoryEditor cpts={cpts} onSaved={onUpdated} /> : <TerritoryView cpts={cpts} />}
        <ProposalHistory cptsId={cpts.id} refreshKey={`${cpts.updatedAt}|${cpts.pendingProposal?.id ?? ''}`} />
      </Stack>
    </Paper>
  );
}
