import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/shared/roles';
import { env } from '../config/env';
import type { SessionUser } from './types';

/**
 * The one place that decides permissions: every action a person can take, and the roles that may.
 * Layouts, form actions, endpoints and services all ask here; nothing checks roles ad hoc.
 */
const STAFF = ['member', 'faction_admin', 'board'] as const satisfies readonly Role[];
const ACCOUNTS = ['guest', 'interested', ...STAFF] as const satisfies readonly Role[];

export const PERMISSIONS = {
	/** Public pages, public motions and papers, events, news, feeds. */
	'public.read': ['anonymous', ...ACCOUNTS],
	/** Own account: profile, password, two-factor, sessions. */
	'account.manage': ACCOUNTS,
	/** Register for events, manage newsletters. */
	'events.register': ['interested', ...STAFF],
	/** Items a board member shared with guests. */
	'shared.read': ['guest', ...STAFF],
	/** Directory, motion exchange, discussions, knowledge base, mentoring, campaign tools. */
	'network.read': STAFF,
	'network.contribute': STAFF,
	/** Saved searches with mail alerts and a private feed (results as the person may read them). */
	'alerts.manage': ['interested', ...STAFF],
	/** Open, edit and archive topic groups (Arbeitskreise). */
	'discussions.manage': ['board'],
	/** Remove other people's comments on motions, and delete filed motions (moderation). */
	'motions.moderate': ['board'],
	/** People, mandates and motions of one's own faction. */
	'faction.manage': ['faction_admin', 'board'],
	/** Every person, mandate and organization of the directory, and the topic list. */
	'directory.manage': ['board'],
	/** Events and trainings: create, edit, cancel; attendee lists, CSV export, materials. */
	'events.manage': ['board'],
	/** Public site: news posts, pages, start page texts, images. */
	'content.manage': ['board'],
	/** Join requests ("Mitmachen"): inbox, accept, decline. */
	'join.manage': ['board'],
	/** Newsletters (Rundbriefe): write, preview, send to a segment. */
	'newsletter.send': ['board'],
	/** Council watch: OParl sources, which bodies to follow, sync runs, reports, person matches. */
	'oparl.manage': ['board'],
	/** Follow an imported council and get a briefing mail before each of its meetings. */
	'oparl.follow': STAFF,
	/** Accounts, invitations, roles. */
	'admin.users': ['board'],
	'admin.audit': ['board'],
	'admin.outbox': ['board'],
	'admin.settings': ['board'],
	'admin.export': ['board']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The role that counts right now: expired guests and missing accounts are anonymous. */
export function effectiveRole(user: SessionUser | null, now: Date = new Date()): Role {
	if (!user) return 'anonymous';
	if (user.role === 'guest' && user.accessExpiresAt && user.accessExpiresAt <= now)
		return 'anonymous';
	return user.role;
}

export function can(
	user: SessionUser | null,
	permission: Permission,
	now: Date = new Date()
): boolean {
	return (PERMISSIONS[permission] as readonly Role[]).includes(effectiveRole(user, now));
}

/**
 * Board rights need a second factor; until it is set up the account acts with fewer rights.
 * The demo instance is the exception: its published demo accounts must work with the password
 * alone (the pages show board members a notice instead).
 */
export function needsTwoFactorSetup(user: SessionUser | null): boolean {
	if (env().DEMO) return false;
	return user?.role === 'board' && !user.twoFactorEnabled;
}

/** Board members in the demo, who would otherwise be asked to set up two-factor sign-in. */
export function skipsTwoFactorForDemo(user: SessionUser | null): boolean {
	return env().DEMO && user?.role === 'board' && !user.twoFactorEnabled;
}

export class AccessDeniedError extends Error {
	constructor(readonly permission: Permission) {
		super(`Keine Berechtigung für ${permission}`);
		this.name = 'AccessDeniedError';
	}
}

/** For services: throws unless the actor may do this. First line of every guarded function. */
export function assertCan(
	user: SessionUser | null,
	permission: Permission
): asserts user is SessionUser {
	if (
		!can(user, permission) ||
		(PERMISSIONS[permission].every((r) => r === 'board') && needsTwoFactorSetup(user))
	) {
		throw new AccessDeniedError(permission);
	}
}

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

/**
 * For layouts, form actions and endpoints: sends anonymous visitors to sign in, board members
 * without two-factor to set it up, and everyone else without the permission to a 403 page.
 */
export function requireAccess(event: GuardEvent, permission: Permission): SessionUser {
	const user = event.locals.user;
	if (can(user, permission)) {
		const boardOnly = (PERMISSIONS[permission] as readonly Role[]).every(
			(role) => role === 'board'
		);
		if (boardOnly && needsTwoFactorSetup(user)) {
			redirect(303, `/konto/sicherheit?pflicht=2fa`);
		}
		return user as SessionUser;
	}
	if (!user) {
		const target = event.url.pathname + event.url.search;
		redirect(303, `/anmelden?weiter=${encodeURIComponent(target)}`);
	}
	error(403, 'Dafür fehlt Ihnen die Berechtigung.');
}

/** For JSON endpoints: 401/403 instead of redirects. */
export function requireApiAccess(event: GuardEvent, permission: Permission): SessionUser | null {
	const user = event.locals.user;
	if (can(user, permission)) return user;
	error(user ? 403 : 401, user ? 'Keine Berechtigung' : 'Anmeldung erforderlich');
}
