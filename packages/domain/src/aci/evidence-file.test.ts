import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, evidenceFileName, evidenceType } from './evidence-file.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('evidenceType', () => {
  it('reads PDF, PNG, JPEG, XLSX, ODS and CSV from their bytes, not their names', () => {
    expect(evidenceType(ascii('%PDF-1.7\n…'), 'scan.png').label).toBe('PDF');
    expect(evidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'a.pdf').label).toBe('PNG');
    expect(evidenceType(bytes(0xff, 0xd8, 0xff, 0xe0, 0), 'photo').label).toBe('JPEG');
    expect(evidenceType(ascii('PK\x03\x04....[Content_Types].xml....xl/workbook.xml'), 'x.bin').label).toBe('XLSX');
    expect(evidenceType(ascii('PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'x').label).toBe('ODS');
    expect(evidenceType(ascii('code;valeur\nx;1\n'), 'liste.CSV').label).toBe('CSV');
  });

  it('refuses other files, empty ones and those over 10 Mo, naming the field', () => {
    const refused = (data: Uint8Array, name: string) => {
      try {
        evidenceType(data, name);
        return null;
      } catch (error) {
        return [(error as { field: string }).field, (error as Error).message];
      }
    };
    expect(refused(ascii('MZ\x90 exécutable'), 'facture.pdf')?.[0]).toBe('file');
    expect(refused(ascii('PK\x03\x04 word/document.xml'), 'a.xlsx')?.[1]).toContain('PDF, PNG, JPEG, XLSX, ODS ou CSV');
    expect(refused(ascii('code;valeur\n'), 'liste.txt')?.[0]).toBe('file');
    expect(refused(bytes(0x63, 0x3b, 0x00, 0x01), 'binaire.csv')?.[0]).toBe('file');
    expect(refused(new Uint8Array(), 'vide.pdf')?.[1]).toBe('Le fichier est vide.');
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(ascii('%PDF-'));
    expect(refused(big, 'gros.pdf')?.[1]).toBe('Le fichier dépasse la taille maximale de 10 Mo.');
  });
});

describe('evidenceFileName', () => {
  it('keeps the name without its path or control characters, and requires one', () => {
    expect(evidenceFileName('C:\\Users\\moi\\Liste ALD – avril.pdf')).toBe('Liste ALD – avril.pdf');
    expect(evidenceFileName('../../etc/"passwd"\u0000')).toBe('passwd');
    expect(() => evidenceFileName(' / ')).toThrow('Le nom du fichier est obligatoire.');
  });
});
