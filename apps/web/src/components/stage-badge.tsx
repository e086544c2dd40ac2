import type { StageDto } from '@maillon/contracts';
import { Badge } from '@mantine/core';
import { stageColor, stageLabel } from '../lib/stage-labels.ts';

export function StageBadge({ stage, size = 'md' }: { stage: StageDto; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={stageColor(stage)} variant="filled" size={size} tt="none">
      {stageLabel(stage)}
    </Badge>
  );
}
