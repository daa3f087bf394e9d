const WORDS: Record<string, string> = {
  id: 'ID',
  url: 'URL',
  os: 'OS',
  psf: 'PSF',
  gpg: 'GPG',
  md5: 'MD5',
  sha256: 'SHA-256',
  sbom: 'SBOM',
  spdx2: 'SPDX 2',
  rss: 'RSS',
  uid: 'UID',
  coc: 'CoC',
};

/** "release_notes_url" → "Release notes URL"; "category_ids" → "Categories". */
export function humanize(name: string): string {
  let base = name;
  if (base.endsWith('_ids')) base = `${base.slice(0, -4)}s`.replace(/ys$/, 'ies');
  else if (base.endsWith('_id')) base = base.slice(0, -3);
  const words = base.split(/[_-]/).map((w) => WORDS[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "release-files" → "Release files". */
export const resourceLabel = (name: string) => humanize(name);
