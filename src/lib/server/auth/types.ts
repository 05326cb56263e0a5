import type { Role } from '$lib/shared/roles';

/** The signed-in person as every guard and service sees them. */
export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	emailVerified: boolean;
	twoFactorEnabled: boolean;
	/** For guests: until when their access holds. */
	accessExpiresAt: Date | null;
}
