import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { type DownloadRequest, downloadFile } from './download-file.ts';

interface DownloadButtonProps {
  label: string;
  request: () => DownloadRequest;
  testId: string;
  icon?: ReactNode;
}

/** A download with its progress shown and announced ("Préparation du fichier…", then done or failed). */
export function DownloadButton({ label, request, testId, icon }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  async function run() {
    setBusy(true);
    setProgress(null);
    setStatus({ text: 'Préparation du fichier…', error: false });
    try {
      const name = await downloadFile({
        ...request(),
        onProgress: (received, total) => setProgress(total ? Math.min(100, Math.round((received / total) * 100)) : null),
      });
      setStatus({ text: `Fichier téléchargé : ${name}`, error: false });
    } catch (error) {
      setStatus({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          variant="light"
          leftSection={icon ?? <IconDownload size={16} aria-hidden />}
          loading={busy}
          loaderProps={{ 'aria-label': 'Préparation du fichier' }}
          onClick={run}
          data-testid={testId}
        >
          {label}
        </Button>
      </Group>
      {busy && progress !== null ? <Progress value={progress} size="sm" aria-label={`${label} : ${progress} %`} /> : null}
      <Text size="xs" c={status?.error ? 'red.9' : 'dimmed'} role="status" aria-live="polite" data-testid={`${testId}-status`}>
        {status?.text ?? ''}
      </Text>
    </Stack>
  );
}
