/** A workflow's steps as data (jobs, sponsorships, contracts): safe for the admin bundle to import. */
export interface TransitionRule<S extends string> {
  action: string;
  from: readonly S[];
  to: S;
}

/** The CHECK that lets a history table record only the steps a table allows, whoever writes the row. */
export const allowedTriples = (rules: readonly TransitionRule<string>[]) =>
  rules
    .flatMap((t) => t.from.map((from) => `("action" = '${t.action}' AND "from_status" = '${from}' AND "to_status" = '${t.to}')`))
    .join(' OR ');
