import type { invitation } from '../schema';

export type InvitationStatus = 'open' | 'expired' | 'accepted' | 'revoked';

/** Links from invitations hold this long; resending starts the period again. */
export const INVITATION_DAYS = 7;

export function invitationExpiry(from: Date = new Date()): Date {
	return new Date(from.getTime() + INVITATION_DAYS * 24 * 3600 * 1000);
}

type Row = Pick<typeof invitation.$inferSelect, 'acceptedAt' | 'revokedAt' | 'expiresAt'>;

export function invitationStatus(row: Row, now: Date = new Date()): InvitationStatus {
	if (row.acceptedAt) return 'accepted';
	if (row.revokedAt) return 'revoked';
	if (row.expiresAt <= now) return 'expired';
	return 'open';
}
