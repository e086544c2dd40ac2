import type { ContoursStatus } from '@maillon/contracts';
import { Accordion, Code, Stack, Table, Text } from '@mantine/core';
import { formatDateTime, formatNumber, formatShare } from '../../lib/format.ts';

/** Codes listed on screen; a national import may leave tens of thousands without shape. */
const LIST_LIMIT = 600;

export function ContoursStatusCard({ contours }: { contours: ContoursStatus }) {
  const missing = contours.unitsWithoutShape;
  return (
    <Stack gap="sm">
      <Table withTableBorder variant="vertical" data-testid="contours-table">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={260}>
              Source
            </Table.Th>
            <Table.Td>{contours.source}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Importés le</Table.Th>
            <Table.Td>{formatDateTime(contours.importedAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Communes avec contour</Table.Th>
            <Table.Td>{formatNumber(contours.shapedUnits)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Part de la population couverte par un contour</Table.Th>
            <Table.Td data-testid="contours-population-share">{formatShare(contours.populationShareWithShape)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Contours non rattachés à une commune</Table.Th>
            <Table.Td>{formatNumber(contours.unmatchedFeatures)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {missing.length > 0 ? (
        <Accordion variant="contained">
          <Accordion.Item value="missing">
            <Accordion.Control>Communes sans contour ({formatNumber(missing.length)})</Accordion.Control>
            <Accordion.Panel>
              <ul className="code-list" data-testid="units-without-shape">
                {missing.slice(0, LIST_LIMIT).map((code) => (
                  <li key={code}>{code}</li>
                ))}
              </ul>
              {missing.length > LIST_LIMIT ? (
                <Text size="sm" mt="xs">
                  … et {formatNumber(missing.length - LIST_LIMIT)} autres codes.
                </Text>
              ) : null}
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      ) : (
        <Text size="sm">Toutes les communes du référentiel ont un contour.</Text>
      )}
      <Text size="sm">
        Pour remplacer les contours (nouveau millésime), relancez l'import sur le serveur :{' '}
        <Code>npm run maillon -- import contours &lt;fichier|dossier&gt;</Code>
      </Text>
    </Stack>
  );
}
