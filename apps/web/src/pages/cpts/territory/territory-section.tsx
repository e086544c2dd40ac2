import type { CptsDetail } from '@maillon/contracts';
import { Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { AssessmentSummary } from './assessment-summary.tsx';
import { compareUnits, fromUnitDto, unitLabel } from './draft-unit.ts';
import { flaggedUnits } from './flagged-units.ts';
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
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="territory-title">
      <Title order={2} id="territory-title" mb="sm">
        Territoire
      </Title>
      {cpts.permissions.edit ? <TerritoryEditor cpts={cpts} onSaved={onUpdated} /> : <TerritoryView cpts={cpts} />}
    </Paper>
  );
}
