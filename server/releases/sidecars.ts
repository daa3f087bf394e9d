import { SIDECAR_SUFFIXES } from './import/types.js';

/**
 * A release file's sidecars (signature, certificate, bundle, SBOM) are its own URL plus a fixed
 * suffix on python.org's FTP: any other name is a typo that would publish a broken link. Field →
 * message for each sidecar that is set and named otherwise; empty when the URL is.
 */
export function sidecarProblems(values: Record<string, unknown>): Record<string, string> {
  const url = values.url;
  if (typeof url !== 'string' || url === '') return {};
  const problems: Record<string, string> = {};
  for (const [field, suffix] of Object.entries(SIDECAR_SUFFIXES)) {
    const value = values[field];
    if (typeof value === 'string' && value !== '' && value !== url + suffix)
      problems[field] = `Must be the file's url followed by ${suffix}: ${url}${suffix}`;
  }
  return problems;
}
