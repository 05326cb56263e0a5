import { isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { mailMessage } from './schema';

/** No worker holds the mail: never claimed, or the worker's lease ran out (it died sending). */
export function isUnclaimed(): SQL {
	return or(isNull(mailMessage.claimedUntil), lt(mailMessage.claimedUntil, sql`now()`))!;
}
