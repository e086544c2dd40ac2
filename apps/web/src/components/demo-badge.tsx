import { Badge } from '@mantine/core';

/** Shown in the header whenever the instance runs on demonstration data. */
export function DemoBadge() {
  return (
    <>
      <Badge color="orange" variant="filled" size="lg" visibleFrom="md" style={{ flexShrink: 0 }} data-testid="demo-badge">
        Données de démonstration
      </Badge>
      <Badge
        color="orange"
        variant="filled"
        size="md"
        hiddenFrom="md"
        style={{ flexShrink: 0 }}
        title="Données de démonstration"
        aria-label="Données de démonstration"
      >
        Démo
      </Badge>
    </>
  );
}
