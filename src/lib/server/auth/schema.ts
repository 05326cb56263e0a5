import {
	boolean,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { AccountRole } from '../../shared/roles';

/**
 * The tables better-auth reads and writes (user, session, account, verification, twoFactor),
 * written from its documented schema because its schema CLI needs Node 22. Property names are the
 * field names better-auth uses; drizzle's `casing: 'snake_case'` turns them into columns. The
 * adapter addresses tables by these export names, so keep them.
 */
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
	timestamp({ withTimezone: true })
		.notNull()
		.defaultNow()
		.$onUpdate(() => new Date());

export const user = pgTable(
	'user',
	{
		id: text().primaryKey(),
		name: text().notNull(),
		email: text().notNull().unique(),
		emailVerified: boolean().notNull().default(false),
		image: text(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		twoFactorEnabled: boolean().default(false),
		// Our fields (better-auth `user.additionalFields`, never accepted as input).
		role: text().$type<AccountRole>().notNull().default('interested'),
		/** Set while the account is switched off: no sign-in, no sessions. */
		deactivatedAt: timestamp({ withTimezone: true }),
		/** Guests only: their access ends at this moment. */
		accessExpiresAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.role)]
);

export const session = pgTable(
	'session',
	{
		id: text().primaryKey(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		token: text().notNull().unique(),
		createdAt: createdAt(),
		/** Also our "last active": the hook refreshes it while the session is used. */
		updatedAt: updatedAt(),
		ipAddress: text(),
		userAgent: text(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(table) => [index().on(table.userId), index().on(table.expiresAt)]
);

export const account = pgTable(
	'account',
	{
		id: text().primaryKey(),
		accountId: text().notNull(),
		providerId: text().notNull(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text(),
		refreshToken: text(),
		idToken: text(),
		accessTokenExpiresAt: timestamp({ withTimezone: true }),
		refreshTokenExpiresAt: timestamp({ withTimezone: true }),
		scope: text(),
		/** scrypt hash for the `credential` provider. */
		password: text(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [index().on(table.userId)]
);

/** One-time values (password reset, 2FA challenges, e-mail confirmation); identifiers are hashed. */
export const verification = pgTable(
	'verification',
	{
		id: text().primaryKey(),
		identifier: text().notNull(),
		value: text().notNull(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [index().on(table.identifier), index().on(table.expiresAt)]
);

/** TOTP secret and backup codes, both encrypted with the auth secret. */
export const twoFactor = pgTable(
	'two_factor',
	{
		id: text().primaryKey(),
		secret: text().notNull(),
		backupCodes: text().notNull(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** false while set-up waits for the first code. */
		verified: boolean().default(true),
		failedVerificationCount: integer().default(0),
		lockedUntil: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.secret), index().on(table.userId)]
);

/** Invitations by the board: the only way (besides first setup) to get an account. */
export const invitation = pgTable(
	'invitation',
	{
		id: uuid().primaryKey().defaultRandom(),
		email: text().notNull(),
		role: text().$type<AccountRole>().notNull(),
		/** For guest invitations: until when the guest's access holds. */
		accessExpiresAt: timestamp({ withTimezone: true }),
		/** sha256 of the token in the mailed link; the token itself is never stored. */
		tokenHash: text().notNull().unique(),
		invitedByUserId: text().references((): AnyPgColumn => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		lastSentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		acceptedAt: timestamp({ withTimezone: true }),
		acceptedUserId: text().references((): AnyPgColumn => user.id, { onDelete: 'set null' }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.email), index().on(table.expiresAt)]
);
