import type { ValueSource } from './reference-value.ts';

/** The public sources of the ACI seed, as docs/reference/aci.md §1–5 cites them. */
export const SOURCES = {
  inForce2019: {
    url: 'https://www.lagazettedescommunes.com/635581/deploiement-des-communautes-professionnelles-territoriales-de-sante/',
    citation: 'La Gazette des communes : ACI CPTS signé le 20 juin 2019, approuvé le 21 août 2019, en vigueur le 25 août 2019',
  },
  contractType: {
    url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390214',
    citation: 'Arrêté du 21 août 2019, annexe 1 (contrat type) : contrat tripartite CPTS, CPAM, ARS de 5 ans',
  },
  paymentArticle9: {
    url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390210',
    citation: 'ACI CPTS art. 9.1 : fonctionnement versé en totalité à la signature, puis avance de 75 % à chaque date anniversaire',
  },
  deadlines: {
    url: 'https://www.hauts-de-france.paps.sante.fr/le-financement-de-la-cpts-laccord-conventionnel-interprofessionnel-aci?parent=11940&rubrique=11937',
    citation: 'PAPS Hauts-de-France, « Le financement de la CPTS » : délais comptés de la signature du contrat',
  },
  avenant2Signature: {
    url: 'https://www.ameli.fr/orthophoniste/actualites/aci-signature-d-un-avenant-favorisant-l-exercice-coordonne-et-la-creation-de-cpts',
    citation: 'ameli.fr : avenant 2 signé le 20 décembre 2021 (mission crises sanitaires graves, fonctionnement revalorisé)',
  },
  avenant2Effect: {
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303',
    citation:
      "Date d'effet pour les contrats non connue (docs/reference/aci.md §1). Valeur par défaut : 1er janvier 2022, après la signature (20 décembre 2021) et avant l'avis d'approbation au JORF (2022)",
  },
  senateFinancing: {
    url: 'https://www.senat.fr/rap/r25-032/r25-0325.html',
    citation: 'Sénat, rapport r25-032 : fonctionnement de 50 000 à 90 000 € ; avances de 75 % de la part fixe',
  },
  operating2019PerSize: {
    url: 'https://www.senat.fr/rap/r25-032/r25-0325.html',
    citation:
      'Fourchette 50 000–90 000 € (Sénat, r25-032) ; valeur par taille déduite : la ligne de l’avenant 2 en est exactement 1,75 fois',
  },
  operatingAvenant2: {
    url: 'https://fmfpro.org/?p=2134',
    citation: 'FMF : fonctionnement + 75 % (coordinateur, réunions, numérique) ; chiffre de négociation rapporté par la presse',
  },
  annualMaximum2019: {
    url: 'https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba',
    citation: 'Le Quotidien du médecin, 21 novembre 2019 : montant annuel maximal par taille (compensation SNP comprise)',
  },
  annualMaximumAvenant2: {
    url: 'https://lesml.org/fr/216-les-articles-du-sml.php?id=794',
    citation: 'SML : 580 000 € par an au maximum pour une CPTS de taille 4 après l’avenant 2',
  },
  letterOfIntentSum: {
    url: 'https://www.concourspluripro.fr/exercice-pluriprofessionnel/cpts/cpts-la-cnam-gonfle-encore-lenveloppe',
    citation:
      "Concours pluripro : somme de la CNAM à la validation de la lettre d'intention (T1, T4 confirmés par la presse ; T2, T3 rapportés)",
  },
  taille3Contracts: {
    url: null,
    citation: 'Annexes publiées de deux contrats signés de taille 3 en Seine-Saint-Denis, après l’avenant 2 (docs/reference/aci.md §3)',
  },
  crisisPress: {
    url: 'https://www.legeneraliste.fr/actu-pro/vie-conventionnelle/les-cpts-pourraient-recevoir-jusqua-100-000-euros-pour-la-gestion-des-crises-sanitaires',
    citation:
      'Le Généraliste : préparation 25 000–50 000 € selon la taille la 1re année, puis 50 % par mise à jour ; 45 000 € en taille 3 déduit (22 500 € = 50 %)',
  },
  perMissionTablesMissing: {
    url: null,
    citation: 'Tableaux de l’ACI art. 8 et de l’avenant 2 non trouvés : montant non connu (docs/reference/aci.md §3)',
  },
} as const satisfies Record<string, ValueSource>;
