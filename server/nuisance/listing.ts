/**
 * Whether a number is on a centre's nuisance list now, as SQL for call routing: evaluates to
 * 'blocked', 'listed' or null. `hashExpr` and `centreExpr` are SQL expressions of the caller's
 * number hash (the pepper of caller-hash.ts) and the centre's area code. A removed or expired
 * listing counts for nothing; when several are live, blocking wins.
 */
export const liveListingSql = (hashExpr: string, centreExpr: string): string =>
  `(select case when nl.blocked then 'blocked' else 'listed' end
      from nuisance_numbers nl
     where nl.caller_number_hash = ${hashExpr} and nl.centre_area_code = ${centreExpr}
       and nl.removed_at is null and nl.expires_at > now()
     order by nl.blocked desc limit 1)`;

/** The live listings of a centre, for a `where` over `nuisance_numbers n`. */
export const liveListingWhere = `n.removed_at is null and n.expires_at > now()`;
