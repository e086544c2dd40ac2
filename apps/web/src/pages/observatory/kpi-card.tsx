import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../../lib/format.ts';

interface KpiCardProps {
  label: string;
  value: number;
  testId: string;
  /** Line under the figure (share, unit count…). */
  detail?: ReactNode;
  color?: string;
}

/** One dashboard figure; the value element carries the data-testid compared by e2e tests. */
export function KpiCard({ label, value, testId, detail, color }: KpiCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={label}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={800} lh={1.3} c={color} data-testid={testId}>
        {formatNumber(value)}
      </Text>
      {detail ? <Text size="sm">{detail}</Text> : null}
    </Paper>
  );
}
