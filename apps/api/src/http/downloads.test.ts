import { describe, expect, it } from 'vitest';
import { contentDisposition } from './downloads.ts';

describe('contentDisposition', () => {
  it('keeps a plain ASCII name as is', () => {
    expect(contentDisposition('rapport-activite-cpts-annee-1.pdf')).toBe('attachment; filename="rapport-activite-cpts-annee-1.pdf"');
  });

  it('gives an accented or quoted name an ASCII fallback and its UTF-8 form', () => {
    expect(contentDisposition('Liste ALD – été "2025".pdf')).toBe(
      'attachment; filename="Liste ALD _ ete _2025_.pdf"; filename*=UTF-8\'\'Liste%20ALD%20%E2%80%93%20%C3%A9t%C3%A9%20%222025%22.pdf',
    );
  });

  it('percent-encodes the apostrophe and parentheses RFC 5987 does not allow raw', () => {
    expect(contentDisposition("Bilan de l'année (1).pdf")).toContain("filename*=UTF-8''Bilan%20de%20l%27ann%C3%A9e%20%281%29.pdf");
  });
});
