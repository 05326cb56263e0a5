import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import { membership, person } from '$lib/server/directory/schema';
import { legislativeTerm } from '$lib/server/territory/schema';
import {
	jarFor,
	seedEditFixtures,
	type EditFixtures
} from '$lib/server/directory/testing/edit-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

async function eventAs(account: SessionUser, form?: Record<string, string>) {
	const jar = await jarFor(account);
	return (await testEvent({ url: '/personen/neu', jar, form })).event;
}

const newcomer = (overrides: Record<string, string> = {}) => ({
	givenName: 'Erik',
	familyName: 'Neuling',
	email: '',
	emailVisibility: 'members',
	phone: '',
	phoneVisibility: 'members',
	organizationId: f.councils.kreistagVg.id,
	role: 'member',
	onBehalfOfId: f.organizations.factionVg,
	startDate: '2024-06-09',
	...overrides
});

describe('/personen/neu', () => {
	it('refuses members, from load and the action', async () => {
		const event = await eventAs(f.users.member, newcomer());
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
		expect(await thrownBy(() => actions.default(event as never))).toMatchObject({ status: 403 });
	});

	it('keeps the input and says why when the faction admin gives no mandate in his faction', async () => {
		const event = await eventAs(f.users.factionAdmin, newcomer({ onBehalfOfId: '' }));
		expect(await actions.default(event as never)).toMatchObject({
			status: 400,
			data: {
				errors: { organizationId: [expect.stringContaining('erstes Mandat in Ihrer Fraktion')] },
				values: { givenName: 'Erik' }
			}
		});
		expect(await db.select().from(person).where(eq(person.familyName, 'Neuling'))).toEqual([]);
	});

	it('creates the person and opens the editor', async () => {
		const event = await eventAs(f.users.factionAdmin, newcomer());
		const redirect = (await thrownBy(() => actions.default(event as never))) as {
			status: number;
			location: string;
		};
		expect(redirect.status).toBe(303);
		const [created] = await db.select().from(person).where(eq(person.familyName, 'Neuling'));
		expect(redirect.location).toBe(`/personen/${created!.id}/bearbeiten?hinweis=angelegt`);
	});

	it('takes an empty start from the chosen Wahlperiode; another council’s term is refused', async () => {
		const terms = async (bodyId: string) =>
			db.select().from(legislativeTerm).where(eq(legislativeTerm.bodyId, bodyId));
		const [vgTerm] = await terms(f.councils.kreistagVg.bodyId);
		const [lupTerm] = await terms(f.councils.kreistagLup.bodyId);
		const foreign = await eventAs(
			f.users.board,
			newcomer({ familyName: 'Fremdperiode', startDate: '', termId: lupTerm!.id })
		);
		expect(await actions.default(foreign as never)).toMatchObject({
			status: 400,
			data: {
				values: { familyName: 'Fremdperiode' },
				errors: { termId: ['Diese Wahlperiode gibt es nicht.'] }
			}
		});
		const event = await eventAs(
			f.users.board,
			newcomer({ familyName: 'Periodenwahl', startDate: '', termId: vgTerm!.id })
		);
		expect(await thrownBy(() => actions.default(event as never))).toMatchObject({ status: 303 });
		const [created] = await db
			.select({ startDate: membership.startDate })
			.from(membership)
			.innerJoin(person, eq(person.id, membership.personId))
			.where(eq(person.familyName, 'Periodenwahl'));
		expect(created?.startDate).toBe(vgTerm!.startDate);
	});
});
