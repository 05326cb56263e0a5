import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { addMembership } from './add-membership';
import { endMembership } from './end-membership';
import type { MembershipFields } from './membership-rules';
import { membership } from './schema';
import { seedEditFixtures, type EditFixtures } from './testing/edit-fixtures';
import { updateMembership } from './update-membership';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

const seat = (overrides: Partial<MembershipFields> = {}): MembershipFields => ({
	role: 'member',
	onBehalfOfId: null,
	topicId: null,
	startDate: '2024-06-09',
	endDate: null,
	...overrides
});

async function membershipsOf(personId: string) {
	return db.select().from(membership).where(eq(membership.personId, personId));
}

describe('memberships', () => {
	it('faction admin adds a spokesperson function in his faction for his person, logged', async () => {
		const { id } = await addMembership({
			actor: f.users.factionAdmin,
			personId: f.people.greta,
			organizationId: f.organizations.factionVg,
			// A seat in a faction is not held "for" a faction: dropped.
			fields: seat({
				role: 'spokesperson',
				topicId: f.topics.haushalt,
				onBehalfOfId: f.organizations.factionVg
			})
		});
		const [row] = await db.select().from(membership).where(eq(membership.id, id));
		expect(row).toMatchObject({
			role: 'spokesperson',
			topicId: f.topics.haushalt,
			onBehalfOfId: null
		});
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'membership.create'), eq(auditLog.targetId, f.people.greta)));
		expect(entry?.details).toMatchObject({
			organization: 'Fraktion DIE LINKE',
			role: 'spokesperson'
		});
	});

	it('faction admin is refused another faction’s person and other bodies; nothing is stored', async () => {
		const before = await membershipsOf(f.people.hanna);
		await expect(
			addMembership({
				actor: f.users.factionAdmin,
				personId: f.people.hanna,
				organizationId: f.organizations.committeeVg,
				fields: seat()
			})
		).rejects.toMatchObject({ code: 'not_your_person' });
		await expect(
			addMembership({
				actor: f.users.factionAdmin,
				personId: f.people.greta,
				organizationId: f.councils.kreistagLup.id,
				fields: seat()
			})
		).rejects.toMatchObject({ code: 'organization_out_of_scope' });
		await expect(
			updateMembership({
				actor: f.users.factionAdmin,
				membershipId: before[0]!.id,
				fields: seat({ endDate: '2025-01-01' })
			})
		).rejects.toMatchObject({ code: 'not_your_person' });
		expect(await membershipsOf(f.people.hanna)).toEqual(before);
	});

	it('a member may not add mandates to her own entry', async () => {
		await expect(
			addMembership({
				actor: f.users.member,
				personId: f.people.mira,
				organizationId: f.councils.kreistagVg.id,
				fields: seat()
			})
		).rejects.toThrow();
		expect(await membershipsOf(f.people.mira)).toEqual([]);
	});

	it('spokespersons need a topic; other functions drop one', async () => {
		await expect(
			addMembership({
				actor: f.users.board,
				personId: f.people.hanna,
				organizationId: f.councils.kreistagLup.id,
				fields: seat({ role: 'chair', topicId: f.topics.oepnv })
			})
		).resolves.toBeTruthy();
		const chair = (await membershipsOf(f.people.hanna)).find((m) => m.role === 'chair');
		expect(chair?.topicId).toBeNull();
	});

	it('edits and ends a seat; refuses an end before the start and a second end', async () => {
		const [gretaSeat] = (await membershipsOf(f.people.greta)).filter(
			(m) => m.organizationId === f.councils.kreistagVg.id
		);
		const { changed } = await updateMembership({
			actor: f.users.factionAdmin,
			membershipId: gretaSeat!.id,
			fields: seat({ role: 'vice_chair', onBehalfOfId: f.organizations.factionVg })
		});
		expect(changed).toEqual(['role']);
		await expect(
			updateMembership({
				actor: f.users.factionAdmin,
				membershipId: gretaSeat!.id,
				fields: seat({ onBehalfOfId: f.organizations.otherFactionVg })
			})
		).rejects.toMatchObject({ code: 'faction_out_of_scope', field: 'onBehalfOfId' });
		await expect(
			endMembership({ actor: f.users.board, membershipId: gretaSeat!.id, endDate: '2020-01-01' })
		).rejects.toMatchObject({ code: 'end_before_start' });
		await endMembership({
			actor: f.users.board,
			membershipId: gretaSeat!.id,
			endDate: '2025-03-31'
		});
		const [ended] = await db.select().from(membership).where(eq(membership.id, gretaSeat!.id));
		expect(ended).toMatchObject({ endDate: '2025-03-31', role: 'vice_chair' });
		await expect(
			endMembership({ actor: f.users.board, membershipId: gretaSeat!.id, endDate: '2025-04-30' })
		).rejects.toMatchObject({ code: 'membership_already_ended' });
	});
});
