import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidFiness, isValidSiret, luhnValid, normaliseIdentifier } from './identifiers.ts';

/**
 * Luhn key of a digit string, from the definition: starting from the key position (rightmost,
 * not doubled), every second digit going left is doubled, 9 is subtracted from doubles above 9,
 * and the key makes the total a multiple of 10.
 */
function luhnKey(prefix: string): number {
  let sum = 0;
  [...prefix].reverse().forEach((char, i) => {
    const doubled = i % 2 === 0 ? Number(char) * 2 : Number(char);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10;
}

describe('luhnValid', () => {
  it('accepts a SIREN whose key was computed by hand', () => {
    // 1 2 3 4 5 6 7 8 k: from the right, 8→16→7, 7, 6→12→3, 5, 4→8, 3, 2→4, 1 = 38, so k = 2.
    expect(luhnValid('123456782')).toBe(true);
    expect(luhnValid('123456783')).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts a SIRET with a valid Luhn key, computed by hand', () => {
    // SIREN 123456782, NIC 0001k. From the right: 1→2, 0, 0, 0, 2→4, 8, 7→14→5, 6, 5→10→1, 4, 3→6, 2, 1→2 = 40, so k = 0.
    expect(isValidSiret('12345678200010')).toBe(true);
    // A real one: Google France, 732 829 320 00074.
    expect(isValidSiret('73282932000074')).toBe(true);
  });

  it('refuses a SIRET whose key is wrong', () => {
    expect(isValidSiret('12345678200011')).toBe(false);
    expect(isValidSiret('12345678200019')).toBe(false);
    expect(isValidSiret('73282932000075')).toBe(false);
  });

  it('refuses a SIRET whose digits were swapped, keeping the key', () => {
    expect(isValidSiret('21345678200010')).toBe(false);
  });

  it('ignores spaces, the way SIRETs are usually written', () => {
    expect(isValidSiret('123 456 782 00010')).toBe(true);
    expect(isValidSiret(' 732 829 320 00074 ')).toBe(true);
  });

  it.each(['1234567820001', '123456782000100', '1234567820001A', '123-456-782-00010', ''])('refuses the malformed SIRET %j', (value) => {
    expect(isValidSiret(value)).toBe(false);
  });

  it('accepts a La Poste establishment whose digits add up to a multiple of 5, though its Luhn key is wrong', () => {
    // 3+5+6+0…+0+1 = 15; Luhn: 1, 6→12→3, 5, 3→6 = 15, not a multiple of 10.
    expect(luhnValid('35600000000001')).toBe(false);
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('356 000 000 00010')).toBe(true);
  });

  it("accepts La Poste's head office, a plain Luhn SIRET whose digits do not add up to a multiple of 5", () => {
    // 3+5+6+4+8 = 26, not a multiple of 5; from the right, Luhn gives 8 + (4→8) + 6 + (5→1) + 3 + … = 30.
    expect(luhnValid('35600000000048')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(true);
  });

  it('refuses a La Poste establishment whose digits do not add up to a multiple of 5', () => {
    // 3+5+6+1+4 = 19, even though the Luhn sum (4, 1→2, 6→3, 5, 3→6 = 20) is valid.
    expect(luhnValid('35600000000014')).toBe(true);
    expect(isValidSiret('35600000000014')).toBe(false);
    expect(isValidSiret('35600000000002')).toBe(false);
  });

  it('accepts any 14-digit number completed with its Luhn key, and refuses every other key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), (prefix) => {
        fc.pre(!prefix.startsWith('356000000'));
        const key = luhnKey(prefix);
        for (let k = 0; k <= 9; k++) expect(isValidSiret(`${prefix}${k}`)).toBe(k === key);
      }),
    );
  });
});

describe('isValidFiness', () => {
  it.each(['750712184', '010008407', '2A0000014', '2B0000012', '970100018'])('accepts the FINESS number %s', (value) => {
    expect(isValidFiness(value)).toBe(true);
  });

  it('accepts Corsican numbers in lower case and numbers written with spaces', () => {
    expect(isValidFiness('2a0000014')).toBe(true);
    expect(isValidFiness('75 071 218 4')).toBe(true);
  });

  it.each(['75071218', '7507121845', '2C0000014', 'A20000014', '7507121A4', '', '75-071-218-4'])(
    'refuses the malformed FINESS %j',
    (value) => {
      expect(isValidFiness(value)).toBe(false);
    },
  );
});

describe('normaliseIdentifier', () => {
  it('removes whitespace and upper-cases', () => {
    expect(normaliseIdentifier(' 2a 000 001 4 ')).toBe('2A0000014');
    expect(normaliseIdentifier('123\t456\n782')).toBe('123456782');
  });
});
