import type { RegistryImportReport } from '@maillon/contracts';
import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';

const OUTCOME_COLORS = { create: 'green', update: 'blue', unchanged: 'gray', rejected: 'red' } as const;

/** One row per line of the file: what it does (or did), its changes, and why a line is refused. */
export function RegistryReportTable({ report }: { report: RegistryImportReport }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder data-testid="registry-lines">
        <Table.Caption>{report.applied ? "Résultat de l'import, ligne par ligne" : 'Aperçu, ligne par ligne du fichier'}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Ligne</Table.Th>
            <Table.Th scope="col">CPTS</Table.Th>
            <Table.Th scope="col">Résultat</Table.Th>
            <Table.Th scope="col">Modifications</Table.Th>
            <Table.Th scope="col">Motifs et avertissements</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.lines.map((line) => (
            <Table.Tr key={line.lineNumber} data-testid={`registry-line-${line.lineNumber}`}>
              <Table.Td>{line.lineNumber}</Table.Td>
              <Table.Td>
                {line.cptsId && line.outcome !== 'rejected' ? (
                  <Anchor component={Link} to={`/cpts/${line.cptsId}`}>
                    {line.name}
                  </Anchor>
                ) : (
                  line.name || '—'
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLORS[line.outcome]} variant="light">
                  {line.outcomeLabel}
                </Badge>
              </Table.Td>
              <Table.Td>
                {line.changes.length ? (
                  <List size="sm" spacing={2}>
                    {line.changes.map((change) => (
                      <List.Item key={change}>{change}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    Aucune
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {line.issues.length ? (
                  <List size="sm" spacing={2}>
                    {line.issues.map((issue) => (
                      <List.Item key={`${issue.column}-${issue.message}`}>
                        <Text span size="sm" fw={600} c={issue.severity === 'error' ? 'red.9' : 'orange.9'}>
                          {issue.severity === 'error' ? 'Erreur' : 'Avertissement'}
                          {issue.column ? ` (colonne « ${issue.column} »)` : ''} :
                        </Text>{' '}
                        {issue.message}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
