import { Code, List, Paper, Text, Title } from '@mantine/core';

const ACCOUNTS = [
  { email: 'ars.paca@demo.maillon.fr', role: 'ARS Provence-Alpes-Côte d’Azur' },
  { email: 'cpam.var@demo.maillon.fr', role: 'CPAM du Var' },
  { email: 'coordination@demo.maillon.fr', role: 'Coordination d’une CPTS' },
  { email: 'coordination.aci@demo.maillon.fr', role: 'Coordination d’une CPTS sous contrat ACI (indicateurs, bilan annuel)' },
  { email: 'admin@demo.maillon.fr', role: 'Administration' },
  { email: 'adherent@demo.maillon.fr', role: 'Professionnel adhérent (portail)' },
  { email: 'medecin@demo.maillon.fr', role: 'Médecin généraliste (capacité d’accueil, propositions, créneaux)' },
  { email: 'infirmiere@demo.maillon.fr', role: 'Infirmière (demandes entre professionnels)' },
  { email: 'infirmiere2@demo.maillon.fr', role: 'Seconde infirmière de la même commune' },
  { email: 'regulation@demo.maillon.fr', role: 'Régulation SAS (recherche et réservation de créneaux)' },
  { email: 'specialiste@demo.maillon.fr', role: 'Spécialiste (avis et consultations dans ses créneaux dédiés)' },
];

/** Shown only on demonstration instances, whose accounts are public. */
export function DemoAccounts() {
  return (
    <Paper withBorder p="md" radius="md" bg="orange.0">
      <Title order={2} size="h4" mb="xs">
        Comptes de démonstration
      </Title>
      <List size="sm" spacing={4}>
        {ACCOUNTS.map((account) => (
          <List.Item key={account.email}>
            <Code>{account.email}</Code> — {account.role}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        Mot de passe commun : <Code>demo-maillon</Code>
      </Text>
    </Paper>
  );
}
