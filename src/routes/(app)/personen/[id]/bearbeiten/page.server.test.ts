import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '$lib/server/audit/schema';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import { membership, person } from '$lib/server/directory/schema';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { legislativeTerm } from '$lib/server/territory/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

async function eventAs(account: SessionUser, personId: string, form?: Record<string, string>) {
	const jar = await jarFor(account);
	return (
		await testEvent({
			url: `/personen/${personId}/bearbeiten`,
			jar,
			form,
			params: { id: personId }
		})
	).event;
}

const gretaFields = (overrides: Record<string, string> = {}) => ({
	givenName: 'Greta',
	familyName: 'Beispielhaft',
	party: '',
	email: 'greta.beispielhaft@example.org',
	emailVisibility: 'members',
	phone: '0381 5550102',
	phoneVisibility: 'board',
	biography: '',
	biographyVisibility: 'public',
	topicsVisibility: 'members',
	topicIds: '',
	...overrides
});

describe('/personen/[id]/bearbeiten', () => {
	it('lets the faction admin load and save his faction’s person, logged', async () => {
		const event = await eventAs(f.users.factionAdmin, f.people.greta);
		const data = (await load(event as never)) as { person: { fullName: string }; bodyId: string };
		expect(data.person.fullName).toBe('Greta Beispielhaft');
		// His one body is preselected for new mandates.
		expect(data.bodyId).toBe(f.councils.kreistagVg.bodyId);

		const save = await eventAs(f.users.factionAdmin, f.people.greta, gretaFields());
		expect(await actions.save(save as never)).toMatchObject({ scope: 'person' });
		const [row] = await db.select().from(person).where(eq(person.id, f.people.greta));
		expect(row?.phone).toBe('0381 5550102');
		const entries = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.update'), eq(auditLog.targetId, f.people.greta)));
		expect(entries).toHaveLength(1);
	});

	it('refuses the faction admin another faction’s person: page and every action 403', async () => {
		const event = await eventAs(f.users.factionAdmin, f.people.hanna, gretaFields());
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
		const [hannaSeat] = await db
			.select()
			.from(membership)
			.where(eq(membership.personId, f.people.hanna));
		const forms: Record<keyof typeof actions, Record<string, string>> = {
			save: gretaFields({ givenName: 'Hanna' }),
			addMembership: { organizationId: f.organizations.committeeVg, role: 'member' },
			editMembership: { membershipId: hannaSeat!.id, role: 'chair' },
			endMembership: { membershipId: hannaSeat!.id, endDate: '2025-01-01' }
		};
		for (const [name, action] of Object.entries(actions) as [
			keyof typeof actions,
			(typeof actions)[keyof typeof actions]
		][]) {
			const attempt = await eventAs(f.users.factionAdmin, f.people.hanna, forms[name]);
			expect(await thrownBy(() => action(attempt as never)), name).toMatchObject({
				status: 403
			});
		}
		const [after] = await db.select().from(membership).where(eq(membership.id, hannaSeat!.id));
		expect(after).toEqual(hannaSeat);
	});

	it('sends members to their profile page for their own entry, refuses them others', async () => {
		const own = await eventAs(f.users.member, f.people.mira);
		expect(await thrownBy(() => load(own as never))).toMatchObject({
			status: 303,
			location: '/konto/profil'
		});
		const other = await eventAs(f.users.member, f.people.greta);
		expect(await thrownBy(() => load(other as never))).toMatchObject({ status: 403 });
		const save = await eventAs(f.users.member, f.people.mira, gretaFields({ givenName: 'Mira' }));
		expect(await thrownBy(() => actions.save(save as never))).toMatchObject({ status: 403 });
	});

	it('404 for an unknown person', async () => {
		const id = '00000000-0000-4000-8000-000000000000';
		const event = await eventAs(f.users.board, id);
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 404 });
	});

	it('adds a mandate; bad input gets German messages in the add form and stores nothing', async () => {
		const bad = await eventAs(f.users.factionAdmin, f.people.greta, {
			organizationId: f.organizations.committeeVg,
			role: 'spokesperson',
			onBehalfOfId: '',
			topicId: '',
			startDate: '2025-05-01',
			endDate: '2025-01-01'
		});
		expect(await actions.addMembership(bad as never)).toMatchObject({
			status: 400,
			data: {
				scope: 'add',
				errors: {
					endDate: ['Das Ende darf nicht vor dem Beginn liegen.'],
					topicId: ['Für Sprecher*innen bitte das Thema angeben.']
				},
				values: { startDate: '2025-05-01' }
			}
		});
		const count = async () =>
			(await db.select().from(membership).where(eq(membership.personId, f.people.greta))).length;
		const before = await count();
		const good = await eventAs(f.users.factionAdmin, f.people.greta, {
			organizationId: f.organizations.committeeVg,
			role: 'member',
			onBehalfOfId: f.organizations.factionVg,
			startDate: '2025-05-01'
		});
		expect(await actions.addMembership(good as never)).toMatchObject({ scope: 'add' });
		expect(await count()).toBe(before + 1);
	});

	it('offers the body’s Wahlperioden: empty dates come from the chosen one, typed dates win', async () => {
		const data = (await load(
			(
				await testEvent({
					url: `/personen/${f.people.greta}/bearbeiten?gebiet=${f.councils.kreistagVg.bodyId}`,
					jar: await jarFor(f.users.factionAdmin),
					params: { id: f.people.greta }
				})
			).event as never
		)) as { terms: { id: string; name: string; startDate: string }[] };
		expect(data.terms).toEqual([
			expect.objectContaining({ name: 'Wahlperiode 2024–2029', startDate: '2024-06-09' })
		]);
		const termId = data.terms[0]!.id;
		const [earlier] = await db
			.insert(legislativeTerm)
			.values({
				bodyId: f.councils.kreistagVg.bodyId,
				name: 'Wahlperiode 2019–2024',
				startDate: '2019-05-26',
				endDate: '2024-06-09'
			})
			.returning({ id: legislativeTerm.id });
		const add = async (form: Record<string, string>) => {
			const event = await eventAs(f.users.factionAdmin, f.people.greta, {
				organizationId: f.organizations.committeeVg,
				role: 'member',
				...form
			});
			return actions.addMembership(event as never);
		};
		const mandates = async () =>
			db
				.select({ startDate: membership.startDate, endDate: membership.endDate })
				.from(membership)
				.where(
					and(
						eq(membership.personId, f.people.greta),
						eq(membership.organizationId, f.organizations.committeeVg)
					)
				);
		expect(await add({ termId })).toMatchObject({ scope: 'add' });
		expect(await add({ termId: earlier!.id })).toMatchObject({ scope: 'add' });
		expect(await add({ termId, startDate: '2025-02-01' })).toMatchObject({ scope: 'add' });
		expect(await mandates()).toEqual(
			expect.arrayContaining([
				{ startDate: '2024-06-09', endDate: null },
				{ startDate: '2019-05-26', endDate: '2024-06-08' },
				{ startDate: '2025-02-01', endDate: null }
			])
		);
		// Another council's term is no choice here.
		const [lupTerm] = await db
			.select({ id: legislativeTerm.id })
			.from(legislativeTerm)
			.where(eq(legislativeTerm.bodyId, f.councils.kreistagLup.bodyId));
		expect(await add({ termId: lupTerm!.id })).toMatchObject({
			status: 400,
			data: { scope: 'add', errors: { termId: ['Diese Wahlperiode gibt es nicht.'] } }
		});
	});
});
