import { berlinToday } from '../../shared/berlin-time';
import type { FieldVisibility } from '../../shared/directory';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DirectoryError } from './directory-error';
import { normalizeMembership, type MembershipFields } from './membership-rules';
import { assertMembershipTarget, loadDirectoryEditor, type DirectoryEditor } from './person-access';
import { membership, person } from './schema';

export interface NewPersonFields {
	givenName: string;
	familyName: string;
	party: string | null;
	email: string | null;
	emailVisibility: FieldVisibility;
	phone: string | null;
	phoneVisibility: FieldVisibility;
}

export interface FirstMembership extends MembershipFields {
	organizationId: string;
}

/**
 * Faction admins add people to their own faction only: the first membership must put the person
 * into one of their current factions (as a faction member or a seat held for it), or they could
 * not maintain the person they just created.
 */
function joinsManagedFaction(
	editor: DirectoryEditor,
	first: FirstMembership,
	organizationType: string
): boolean {
	const lasts = first.endDate === null || first.endDate >= berlinToday();
	const begun = first.startDate === null || first.startDate <= berlinToday();
	const faction = organizationType === 'faction' ? first.organizationId : first.onBehalfOfId;
	return lasts && begun && faction !== null && editor.factionIds.has(faction);
}

/** A new person in the directory, optionally with a first mandate; always logged. */
export async function createPerson(options: {
	actor: SessionUser | null;
	fields: NewPersonFields;
	firstMembership: FirstMembership | null;
	ip?: string | null;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'faction.manage');
	const editor = await loadDirectoryEditor(options.actor);
	const first = options.firstMembership;
	let firstValues: MembershipFields | null = null;
	let organizationName: string | null = null;
	if (first) {
		const target = await assertMembershipTarget(editor, first);
		if (!editor.board && !joinsManagedFaction(editor, first, target.organization.organizationType))
			throw new DirectoryError('first_membership_required', 'organizationId');
		firstValues = await normalizeMembership(target.organization, first);
		organizationName = target.organization.name;
	} else if (!editor.board) {
		throw new DirectoryError('first_membership_required', 'organizationId');
	}

	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(person)
			.values({ ...options.fields })
			.returning({ id: person.id });
		if (first && firstValues) {
			await tx
				.insert(membership)
				.values({ personId: row!.id, organizationId: first.organizationId, ...firstValues });
		}
		return row!.id;
	});
	await recordAudit({
		actor: options.actor,
		action: 'person.create',
		targetType: 'person',
		targetId: id,
		targetLabel: `${options.fields.givenName} ${options.fields.familyName}`,
		details: organizationName ? { organization: organizationName } : undefined,
		ip: options.ip
	});
	return { id };
}
