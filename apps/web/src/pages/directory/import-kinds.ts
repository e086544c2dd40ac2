export const IMPORT_KIND_LABELS: Record<string, string> = {
  rpps: 'RPPS — PS_LibreAcces_Personne_activite',
  'savoir-faire': 'RPPS — PS_LibreAcces_SavoirFaire',
  finess: 'FINESS — extraction des établissements',
};

export const IMPORT_STATUS_LABELS: Record<string, string> = {
  running: 'En cours',
  succeeded: 'Terminé',
  failed: 'Échec',
};
