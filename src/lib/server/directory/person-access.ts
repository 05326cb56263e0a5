import { eq, inArray } from 'drizzle-orm';
import { assertCan, can, needsTwoFactorSetup } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { organization } from '../territory/schema';
import { DirectoryError } from './directory-error';
import { person } from './schema';
import { currentFactionIds, loadDirectoryViewer } from './viewer';

/**
 * Who may change which person of the directory, on top of the role permissions of policy.ts:
 *
 * - everyone with an account: their own person's profile fields (`self`), never their mandates;
 * - faction admins: the people of their current factions, including mandates, but only
 *   memberships in the bodies of those factions and for those factions (`faction`);
 * - the board: everyone and everything (`board`).
 */
export type PersonScope = 'self' | 'faction' | 'board';

/** The actor with the facts the scope rules need, loaded once per request. */
export interface DirectoryEditor {
	user: SessionUser;
	/** The actor's own person, if any. */
	personId: string | null;
	board: boolean;
	/** Faction admins: their current factions, and the bodies those factions sit in. */
	factionIds: ReadonlySet<string>;
	bodyIds: ReadonlySet<string>;
}

export async function loadDirectoryEditor(user: SessionUser): Promise<DirectoryEditor> {
	const viewer = await loadDirectoryViewer(user);
	// Board rights wait for the second factor, as everywhere (assertCan).
	const board = can(user, 'directory.manage') && !needsTwoFactorSetup(user);
	const factionIds =
		can(user, 'faction.manage') && !board ? viewer.managedFactionIds : new Set<string>();
	const bodies =
		factionIds.size > 0
			? await db
					.select({ bodyId: organization.bodyId })
					.from(organization)
					.where(inArray(organization.id, [...factionIds]))
			: [];
	return {
		user,
		personId: viewer.personId,
		board,
		factionIds,
		bodyIds: new Set(bodies.map((row) => row.bodyId))
	};
}

/** The widest scope the editor has on this person, or null; throws if the person is unknown. */
export async function personScope(
	editor: DirectoryEditor,
	personId: string
): Promise<PersonScope | null> {
	const [row] = await db
		.select({ id: person.id, userId: person.userId })
		.from(person)
		.where(eq(person.id, personId))
		.limit(1);
	if (!row) throw new DirectoryError('person_not_found');
	if (editor.board) return 'board';
	if (editor.factionIds.size > 0) {
		const factions = (await currentFactionIds([personId])).get(personId) ?? [];
		if (factions.some((id) => editor.factionIds.has(id))) return 'faction';
	}
	return row.userId === editor.user.id ? 'self' : null;
}

/** Whether the user may change this person's profile fields (any scope). */
export async function canManagePerson(
	user: SessionUser | null,
	personId: string
): Promise<boolean> {
	if (!user || !can(user, 'account.manage')) return false;
	try {
		return (await personScope(await loadDirectoryEditor(user), personId)) !== null;
	} catch (caught) {
		if (caught instanceof DirectoryError) return false;
		throw caught;
	}
}

/**
 * For services: the editor and their scope, or a DirectoryError. `mandates` asks for the right
 * to change memberships too, which a person does not have over their own entry.
 */
export async function assertManagesPerson(
	actor: SessionUser | null,
	personId: string,
	options: { mandates?: boolean } = {}
): Promise<{ editor: DirectoryEditor; scope: PersonScope }> {
	assertCan(actor, options.mandates ? 'faction.manage' : 'account.manage');
	const editor = await loadDirectoryEditor(actor);
	const scope = await personScope(editor, personId);
	if (scope === null || (options.mandates && scope === 'self')) {
		throw new DirectoryError('not_your_person');
	}
	return { editor, scope };
}

/** What a membership points at, as far as the scope rules care. */
export interface MembershipTarget {
	organizationId: string;
	onBehalfOfId: string | null;
}

/** The organization of a membership with what the checks need. */
export interface OrganizationFacts {
	id: string;
	bodyId: string;
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other';
	name: string;
}

export async function organizationFacts(id: string): Promise<OrganizationFacts | null> {
	const [row] = await db
		.select({
			id: organization.id,
			bodyId: organization.bodyId,
			organizationType: organization.organizationType,
			name: organization.name
		})
		.from(organization)
		.where(eq(organization.id, id))
		.limit(1);
	return row ?? null;
}

/**
 * Checks a membership's organization and faction: they exist, the faction sits in the same body,
 * and a faction admin stays within their factions' bodies and their own factions.
 */
export async function assertMembershipTarget(
	editor: DirectoryEditor,
	target: MembershipTarget
): Promise<{ organization: OrganizationFacts; faction: OrganizationFacts | null }> {
	const org = await organizationFacts(target.organizationId);
	if (!org) throw new DirectoryError('organization_not_found', 'organizationId');
	const faction = target.onBehalfOfId ? await organizationFacts(target.onBehalfOfId) : null;
	if (target.onBehalfOfId) {
		if (!faction || faction.organizationType !== 'faction' || faction.bodyId !== org.bodyId) {
			throw new DirectoryError('faction_not_in_body', 'onBehalfOfId');
		}
	}
	if (editor.board) return { organization: org, faction };
	if (!editor.bodyIds.has(org.bodyId)) {
		throw new DirectoryError('organization_out_of_scope', 'organizationId');
	}
	if (org.organizationType === 'faction' && !editor.factionIds.has(org.id)) {
		throw new DirectoryError('faction_out_of_scope', 'organizationId');
	}
	if (target.onBehalfOfId && !editor.factionIds.has(target.onBehalfOfId)) {
		throw new DirectoryError('faction_out_of_scope', 'onBehalfOfId');
	}
	return { organization: org, faction };
}
