/** File-name friendly slug: « CPTS démo Haute-Provence » → « cpts-demo-haute-provence » (60 characters at most). */
export function fileNameSlug(text: string, fallback = 'document'): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  );
}
