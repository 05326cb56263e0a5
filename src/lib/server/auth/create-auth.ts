import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { eq } from 'drizzle-orm';
import { ACCOUNT_ROLES } from '../../shared/roles';
import type { Database } from '../db';
import { queueMail } from '../mail/queue-mail';
import { passwordResetMail } from './mails/account-mails';
import { absoluteUrl, publicOrigin, usesHttps } from './public-origin';
import { account, session, twoFactor as twoFactorTable, user, verification } from './schema';

/** Sessions last two weeks and slide forward once a day while used. */
const SESSION_SECONDS = 14 * 24 * 3600;
export const PASSWORD_RESET_SECONDS = 3600;
/** better-auth reads the client address from this header; routes fill it from getClientAddress(). */
export const CLIENT_IP_HEADER = 'x-kommunalnetz-client-ip';
export const PASSWORD_MIN_LENGTH = 10;

/** Error codes our hooks throw, mapped to German messages at the edge. */
export const ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED';
export const GUEST_ACCESS_EXPIRED = 'GUEST_ACCESS_EXPIRED';

/**
 * Builds the better-auth instance for one database. Free of `$app/*` so the CLI, workers and tests
 * can create it. Its HTTP handler is deliberately not mounted: every flow runs through our form
 * actions, which call `auth.api.*` on the server, so sign-up and the other JSON endpoints better-auth
 * ships are unreachable from outside.
 */
export function createAuth(options: { db: Database; secret: string }) {
	const { db } = options;
	return betterAuth({
		appName: 'Kommunalnetz',
		baseURL: publicOrigin(),
		secret: options.secret,
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user, session, account, verification, twoFactor: twoFactorTable }
		}),
		telemetry: { enabled: false },
		logger: { level: 'error' },
		// Our own database-backed limits (hitRateLimit) hold across processes; better-auth's are per process.
		rateLimit: { enabled: false },
		user: {
			additionalFields: {
				role: {
					type: [...ACCOUNT_ROLES],
					required: false,
					defaultValue: 'interested',
					input: false
				},
				deactivatedAt: { type: 'date', required: false, input: false },
				accessExpiresAt: { type: 'date', required: false, input: false }
			}
		},
		session: {
			expiresIn: SESSION_SECONDS,
			updateAge: 24 * 3600,
			// Every request reads the session row, so ending a session takes effect at once.
			cookieCache: { enabled: false }
		},
		// Expired rows stay until pruneExpiredAuthData() so links can say "expired" rather than "invalid".
		verification: { storeIdentifier: 'hashed', disableCleanup: true },
		emailAndPassword: {
			enabled: true,
			// Accounts come from invitations and the first setup only.
			disableSignUp: true,
			minPasswordLength: PASSWORD_MIN_LENGTH,
			maxPasswordLength: 128,
			resetPasswordTokenExpiresIn: PASSWORD_RESET_SECONDS,
			revokeSessionsOnPasswordReset: true,
			async sendResetPassword({ user: account, token }) {
				// A switched-off account gets no mail; the form answers the same either way.
				if ((account as { deactivatedAt?: Date | null }).deactivatedAt) return;
				const mail = passwordResetMail({
					url: absoluteUrl(`/passwort-zuruecksetzen?token=${encodeURIComponent(token)}`),
					expiresAt: new Date(Date.now() + PASSWORD_RESET_SECONDS * 1000)
				});
				await queueMail({ to: account.email, category: 'auth.password_reset', ...mail });
			}
		},
		databaseHooks: {
			session: {
				create: {
					// The one gate every new session passes: password sign-in, second factor, re-issue.
					async before(data) {
						const [owner] = await db
							.select({
								deactivatedAt: user.deactivatedAt,
								role: user.role,
								accessExpiresAt: user.accessExpiresAt
							})
							.from(user)
							.where(eq(user.id, data.userId as string));
						if (owner?.deactivatedAt) {
							throw new APIError('FORBIDDEN', {
								code: ACCOUNT_DEACTIVATED,
								message: 'Account deactivated'
							});
						}
						if (
							owner?.role === 'guest' &&
							owner.accessExpiresAt &&
							owner.accessExpiresAt <= new Date()
						) {
							throw new APIError('FORBIDDEN', {
								code: GUEST_ACCESS_EXPIRED,
								message: 'Guest access expired'
							});
						}
					}
				}
			}
		},
		plugins: [
			twoFactor({
				issuer: 'Kommunalnetz',
				// Ten wrong codes lock the second factor for 15 minutes.
				accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: 900 }
			})
		],
		advanced: {
			cookiePrefix: 'kommunalnetz',
			useSecureCookies: usesHttps(),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
			ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] }
		}
	});
}

export type Auth = ReturnType<typeof createAuth>;
