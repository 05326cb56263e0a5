import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { db } from '../db';
import { organization } from '../territory/schema';
import { createTestDatabase } from '../testing/test-db';
import { createOrganization } from './create-organization';
import { createOwnPerson } from './create-own-person';
import { createPerson, type NewPersonFields } from './create-person';
import { canManagePerson } from './person-access';
import { membership, person } from './schema';
import { seedEditFixtures, type EditFixtures } from './testing/edit-fixtures';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

const newcomer = (givenName: string): NewPersonFields => ({
	givenName,
	familyName: 'Neu',
	party: null,
	email: null,
	emailVisibility: 'members',
	phone: null,
	phoneVisibility: 'members'
});

async function peopleNamed(givenName: string) {
	return db.select().from(person).where(eq(person.givenName, givenName));
}

describe('createPerson', () => {
	it('faction admin creates a person with a seat for his faction and may maintain them', async () => {
		const { id } = await createPerson({
			actor: f.users.factionAdmin,
			fields: newcomer('Fritz'),
			firstMembership: {
				organizationId: f.councils.kreistagVg.id,
				role: 'deputy_member',
				onBehalfOfId: f.organizations.factionVg,
				topicId: null,
				startDate: '2024-06-09',
				endDate: null
			}
		});
		expect(await canManagePerson(f.users.factionAdmin, id)).toBe(true);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
		expect(entry).toMatchObject({ action: 'person.create', targetLabel: 'Fritz Neu' });
	});

	it('faction admin must put the new person into his faction; nothing is stored otherwise', async () => {
		await expect(
			createPerson({ actor: f.users.factionAdmin, fields: newcomer('Ohne'), firstMembership: null })
		).rejects.toMatchObject({ code: 'first_membership_required' });
		await expect(
			createPerson({
				actor: f.users.factionAdmin,
				fields: newcomer('Ausschuss'),
				firstMembership: {
					organizationId: f.organizations.committeeVg,
					role: 'expert_citizen',
					onBehalfOfId: null,
					topicId: null,
					startDate: null,
					endDate: null
				}
			})
		).rejects.toMatchObject({ code: 'first_membership_required' });
		expect(await peopleNamed('Ohne')).toEqual([]);
		expect(await peopleNamed('Ausschuss')).toEqual([]);
	});

	it('the board creates a person without a mandate; members may not create people', async () => {
		await createPerson({ actor: f.users.board, fields: newcomer('Bea'), firstMembership: null });
		expect(await peopleNamed('Bea')).toHaveLength(1);
		await expect(
			createPerson({ actor: f.users.member, fields: newcomer('Mitglied'), firstMembership: null })
		).rejects.toThrow();
	});
});

describe('createOwnPerson', () => {
	it('links a new entry to a member’s account, once', async () => {
		const { id } = await createOwnPerson({
			actor: f.users.board,
			givenName: 'Katrin',
			familyName: 'Vorstandt'
		});
		const [row] = await db.select().from(person).where(eq(person.id, id));
		expect(row).toMatchObject({
			userId: f.users.board.id,
			email: null,
			emailVisibility: 'members'
		});
		await expect(
			createOwnPerson({ actor: f.users.board, givenName: 'K', familyName: 'V' })
		).rejects.toMatchObject({ code: 'profile_exists' });
		await expect(
			createOwnPerson({ actor: f.users.interested, givenName: 'Paul', familyName: 'I' })
		).rejects.toThrow();
	});
});

describe('createOrganization', () => {
	it('board creates a joint faction in a council, with partners', async () => {
		const { id } = await createOrganization({
			actor: f.users.board,
			parentId: f.councils.kreistagLup.id,
			kind: 'faction',
			name: 'Fraktion DIE LINKE/Die PARTEI',
			shortName: null,
			partners: 'Die PARTEI',
			startDate: '2024-06-09'
		});
		const [row] = await db.select().from(organization).where(eq(organization.id, id));
		expect(row).toMatchObject({
			organizationType: 'faction',
			classification: 'Fraktion',
			parentId: f.councils.kreistagLup.id,
			bodyId: f.councils.kreistagLup.bodyId,
			partners: 'Die PARTEI'
		});
	});

	it('faction admin creates an Ortsteilvertretung in his body, not factions nor elsewhere', async () => {
		const { id } = await createOrganization({
			actor: f.users.factionAdmin,
			parentId: f.councils.kreistagVg.id,
			kind: 'district_council',
			name: 'Ortsteilvertretung Beispielort',
			shortName: null,
			partners: 'ignoriert',
			startDate: null
		});
		const [row] = await db.select().from(organization).where(eq(organization.id, id));
		expect(row).toMatchObject({
			organizationType: 'committee',
			classification: 'Ortsteilvertretung',
			partners: null
		});
		const base = { shortName: null, partners: null, startDate: null };
		await expect(
			createOrganization({
				actor: f.users.factionAdmin,
				parentId: f.councils.kreistagVg.id,
				kind: 'faction',
				name: 'Neue Fraktion',
				...base
			})
		).rejects.toMatchObject({ code: 'faction_board_only' });
		await expect(
			createOrganization({
				actor: f.users.factionAdmin,
				parentId: f.councils.kreistagLup.id,
				kind: 'committee',
				name: 'Fremder Ausschuss',
				...base
			})
		).rejects.toMatchObject({ code: 'organization_out_of_scope' });
		await expect(
			createOrganization({
				actor: f.users.board,
				parentId: f.organizations.factionVg,
				kind: 'committee',
				name: 'Ausschuss einer Fraktion',
				...base
			})
		).rejects.toMatchObject({ code: 'parent_not_council' });
		await expect(
			createOrganization({
				actor: f.users.board,
				parentId: f.councils.kreistagVg.id,
				kind: 'committee',
				name: 'finanzausschuss',
				...base
			})
		).rejects.toMatchObject({ code: 'organization_name_taken', field: 'name' });
		const names = (await db.select({ name: organization.name }).from(organization)).map(
			(row) => row.name
		);
		expect(names).not.toContain('Neue Fraktion');
		expect(names).not.toContain('Fremder Ausschuss');
	});
});

describe('membership count sanity', () => {
	it('stored exactly the first membership of the faction admin’s new person', async () => {
		const [fritz] = await peopleNamed('Fritz');
		const rows = await db.select().from(membership).where(eq(membership.personId, fritz!.id));
		expect(rows.map((row) => [row.role, row.onBehalfOfId])).toEqual([
			['deputy_member', f.organizations.factionVg]
		]);
	});
});
