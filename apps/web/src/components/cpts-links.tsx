import type { StageDto } from '@maillon/contracts';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { stageLabel } from '../lib/stage-labels.ts';

interface CptsRef {
  id: string;
  name: string;
  stage: StageDto;
}

/** Vertical list of CPTS names linking to their pages, with their stage. */
export function CptsLinks({ items, empty = '—' }: { items: CptsRef[]; empty?: string }) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack gap={2}>
      {items.map((item) => (
        <Text size="sm" key={item.id}>
          <Anchor component={Link} to={`/cpts/${item.id}`} size="sm">
            {item.name}
          </Anchor>{' '}
          ({stageLabel(item.stage)})
        </Text>
      ))}
    </Stack>
  );
}
