import { describe, expect, it } from 'vitest';
import { pendingLabel, transitionButtonLabel } from './transition-label.ts';

const transition = (
  to: 'letterOfIntentSubmitted' | 'letterOfIntentValidated' | 'contact' | 'suspended',
  actor: 'coordinator' | 'regulator',
) => ({
  to,
  label: to,
  actor,
  commentRequired: false,
  allowed: true,
});

describe('transition labels', () => {
  it('asks for coordinator steps and validates regulator ones', () => {
    expect(transitionButtonLabel('contact', transition('letterOfIntentSubmitted', 'coordinator'))).toBe(
      'Demander : letterOfIntentSubmitted',
    );
    expect(transitionButtonLabel('letterOfIntentSubmitted', transition('letterOfIntentValidated', 'regulator'))).toBe(
      'Valider : letterOfIntentValidated',
    );
  });

  it('names backward moves and side states differently', () => {
    expect(transitionButtonLabel('letterOfIntentSubmitted', transition('contact', 'regulator'))).toBe('Renvoyer à : contact');
    expect(transitionButtonLabel('operating', transition('suspended', 'regulator'))).toBe('Déclarer : suspended');
  });

  it('explains who must act when the user cannot', () => {
    expect(pendingLabel('letterOfIntentSubmitted', transition('letterOfIntentValidated', 'regulator'))).toContain(
      "En attente de validation par l'ARS",
    );
  });
});
