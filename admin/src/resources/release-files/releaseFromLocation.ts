/**
 * The release a new file was started from: "Add file" on a release opens
 * /release-files/create?source={"release_id":7}, react-admin's way of pre-filling a create form.
 */
export function releaseFromLocation(search: string): number | null {
  const source = new URLSearchParams(search).get('source');
  if (!source) return null;
  try {
    const id = (JSON.parse(source) as { release_id?: unknown }).release_id;
    return typeof id === 'number' || (typeof id === 'string' && id !== '') ? Number(id) : null;
  } catch {
    return null;
  }
}
