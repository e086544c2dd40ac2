import type { CptsSummary, StageDto } from '@maillon/contracts';
import { Text, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { MAIN_LINE_STAGES, STAGE_LABELS } from '../../lib/stage-labels.ts';
import { PipelineCard } from './pipeline-card.tsx';

const BOARD_STAGES: readonly StageDto[] = [...MAIN_LINE_STAGES, 'suspended'];

function Column({ stage, items }: { stage: StageDto; items: CptsSummary[] }) {
  const titleId = `column-${stage}`;
  return (
    <section className="pipeline-column" aria-labelledby={titleId} data-testid={`pipeline-column-${stage}`}>
      <Title order={2} size="h5" id={titleId} mb="xs">
        {STAGE_LABELS[stage]}{' '}
        <Text span size="sm" fw={400}>
          ({formatNumber(items.length)})
        </Text>
      </Title>
      {items.length === 0 ? (
        <Text size="sm">Aucune CPTS</Text>
      ) : (
        <ul className="pipeline-list">
          {items.map((cpts) => (
            <li key={cpts.id}>
              <PipelineCard cpts={cpts} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One column per main-line stage plus "Suspendue". */
export function PipelineBoard({ items }: { items: CptsSummary[] }) {
  const byStage = new Map<StageDto, CptsSummary[]>();
  for (const cpts of [...items].sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
    byStage.set(cpts.stage, [...(byStage.get(cpts.stage) ?? []), cpts]);
  }
  return (
    <div className="pipeline-board" data-testid="pipeline-board">
      {BOARD_STAGES.map((stage) => (
        <Column key={stage} stage={stage} items={byStage.get(stage) ?? []} />
      ))}
    </div>
  );
}

export function archivedOf(items: CptsSummary[]): CptsSummary[] {
  return items.filter((cpts) => cpts.stage === 'dissolved' || cpts.stage === 'merged');
}
