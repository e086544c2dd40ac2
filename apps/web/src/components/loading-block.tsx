import { Center, Group, Loader, Text } from '@mantine/core';

/** Spinner with a visible French caption (announced politely to screen readers). */
export function LoadingBlock({ label = 'Chargement…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{label}</Text>
      </Group>
    </Center>
  );
}
