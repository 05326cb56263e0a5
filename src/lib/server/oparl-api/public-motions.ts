import { eq, sql, type SQL } from 'drizzle-orm';
import { motion } from '../motions/schema';
import { organization } from '../territory/schema';

/**
 * Papers are the network's public motions. Visibility is decided by motions/visibility.ts; the
 * API applies its rule for an anonymous reader (`public` only), never a signed-in caller's
 * rights, so every answer is the same for everyone and may be cached.
 */
export const publicMotionCondition: SQL = eq(motion.visibility, 'public');

/**
 * The body a motion belongs to: its council's, else its faction's. Templates for every council
 * have neither and belong to no body, so OParl (where a paper sits in a body) cannot list them.
 */
export const motionBodyId: SQL<string | null> = sql<string | null>`coalesce(
	(select ${organization.bodyId} from ${organization} where ${organization.id} = ${motion.councilId}),
	(select ${organization.bodyId} from ${organization} where ${organization.id} = ${motion.factionId}))`;
