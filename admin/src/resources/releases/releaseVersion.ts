import { RELEASE_VERSIONS } from '../../../../server/domain/enums';

/** The label release managers know a series by ("Python 3.x.x"), from the server's own list. */
export const releaseVersionLabel = (version: number | null | undefined): string =>
  RELEASE_VERSIONS.find((v) => v.id === version)?.name ?? (version == null ? '—' : `Version ${version}`);

export const releaseVersionChoices = [...RELEASE_VERSIONS];
