import { Alert, Code, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** How to import commune contours (shown when the map cannot be drawn). */
export function ContoursMissingAlert() {
  return (
    <Alert
      color="blue"
      title="Contours des communes non importés"
      icon={<IconInfoCircle aria-hidden />}
      data-testid="contours-missing-alert"
    >
      <Text size="sm">
        La carte et le contrôle de contiguïté des territoires nécessitent les contours des communes. Les zones blanches sont en attendant
        regroupées par EPCI. Pour les importer, lancez sur le serveur :
      </Text>
      <Code block my="xs">
        npm run maillon -- import contours &lt;fichier|dossier&gt;
      </Code>
      <Text size="sm">
        Le fichier attendu est un GeoJSON des contours communaux identifiés par leur code INSEE, par exemple la couche « COMMUNE » d'IGN
        Admin Express.
      </Text>
    </Alert>
  );
}
