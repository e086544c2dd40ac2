import { Button } from '@mantine/core';
import { formatNumber } from '../lib/format.ts';

interface ShowMoreButtonProps {
  shown: number;
  total: number;
  step: number;
  onMore: () => void;
}

/** "Afficher 25 de plus (120 au total)" under long tables. */
export function ShowMoreButton({ shown, total, step, onMore }: ShowMoreButtonProps) {
  if (shown >= total) return null;
  return (
    <Button variant="default" size="xs" mt="sm" onClick={onMore}>
      Afficher {formatNumber(Math.min(step, total - shown))} de plus ({formatNumber(total)} au total)
    </Button>
  );
}
