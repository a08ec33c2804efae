/** Download names: `murmur-<name>-<YYYY-MM-DD>.json`, safe on every file system. */

/** A name as a file-name part: letters, digits, '-' and '_' only, at most 60 characters. */
export function fileNamePart(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.(csv|json|tsv|txt)$/i, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'model' : slug;
}

/** The export file of a model: its name and the day its bundle was made (UTC). */
export function bundleFileName(name: string, createdAt: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(createdAt)?.[0] ?? new Date().toISOString().slice(0, 10);
  return `murmur-${fileNamePart(name)}-${day}.json`;
}
