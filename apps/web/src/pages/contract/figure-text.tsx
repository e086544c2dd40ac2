import type { AmountFigureDto } from '@maillon/contracts';
import { Badge, Group, Text, Tooltip } from '@mantine/core';

/** An amount with what it rests on: a badge when it is not confirmed by the ACI's texts. */
export function FigureText({ figure }: { figure: AmountFigureDto }) {
  const badge =
    figure.status === 'confirmed' ? null : (
      <Tooltip label={`${figure.statusLabel} — ${figure.sourceCitation}`} multiline w={320} withArrow>
        <Badge size="xs" variant="light" color={figure.status === 'unknown' ? 'red' : 'yellow'} tt="none">
          {figure.statusLabel}
        </Badge>
      </Tooltip>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {figure.text}
      </Text>
      {badge}
    </Group>
  );
}
