import { can } from '../../auth/policy';
import { toSessionUser, type AuthUserRecord } from '../../auth/session-user';

/**
 * Whether a person may still receive discussion mail: an account that is switched off, or whose
 * role no longer reads the network (e.g. demoted to interested), gets none, even if a row was
 * written for them while they could.
 */
export function mayReceive(record: AuthUserRecord & { deactivatedAt: Date | null }): boolean {
	if (record.deactivatedAt) return false;
	return can(toSessionUser(record), 'network.read');
}
