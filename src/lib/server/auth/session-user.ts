import { ACCOUNT_ROLES, type AccountRole } from '../../shared/roles';
import type { SessionUser } from './types';

/** The user row as better-auth returns it (with our additional fields). */
export interface AuthUserRecord {
	id: string;
	email: string;
	name: string;
	emailVerified: boolean;
	twoFactorEnabled?: boolean | null;
	role?: string | null;
	deactivatedAt?: Date | null;
	accessExpiresAt?: Date | null;
}

function asRole(value: string | null | undefined): AccountRole {
	return (ACCOUNT_ROLES as readonly string[]).includes(value ?? '')
		? (value as AccountRole)
		: 'interested';
}

export function toSessionUser(record: AuthUserRecord): SessionUser {
	return {
		id: record.id,
		email: record.email,
		name: record.name,
		role: asRole(record.role),
		emailVerified: record.emailVerified,
		twoFactorEnabled: record.twoFactorEnabled === true,
		accessExpiresAt: record.accessExpiresAt ? new Date(record.accessExpiresAt) : null
	};
}
