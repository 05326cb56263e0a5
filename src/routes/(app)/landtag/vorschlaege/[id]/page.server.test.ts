import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import { createProposal } from '$lib/server/landtag/create-proposal';
import { getProposal } from '$lib/server/landtag/get-proposal';
import {
	seedLandtagFixtures,
	type LandtagFixtures
} from '$lib/server/landtag/testing/landtag-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let f: LandtagFixtures;
let proposalId: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedLandtagFixtures();
	({ id: proposalId } = await createProposal({
		actor: f.users.member,
		input: {
			factionId: f.organizations.factionHro,
			title: 'Wohngeld schneller auszahlen',
			description: 'Die Wohngeldstellen sind überlastet.'
		}
	}));
});

async function visit(email: string | null, form?: Record<string, string>) {
	const jar = email ? (await signedInJar(email)).jar : undefined;
	const path = `/landtag/vorschlaege/${proposalId}`;
	return (
		await testEvent({ url: form ? `${path}?/status` : path, jar, form, params: { id: proposalId } })
	).event as never;
}

describe('/landtag/vorschlaege/[id]', () => {
	it('shows each role exactly its part: proposer reads, Landtag faction manages, others see nothing', async () => {
		const anonymous = await visit(null);
		expect(await thrownBy(() => load(anonymous))).toMatchObject({ status: 303 });
		const interested = await visit(f.users.interested.email);
		expect(await thrownBy(() => load(interested))).toMatchObject({ status: 403 });
		// Another municipal faction's admin: the proposal does not exist for him.
		const foreign = await visit(f.users.faction_admin.email);
		expect(await thrownBy(() => load(foreign))).toMatchObject({ status: 404 });

		const proposer = await load(await visit(f.users.member.email));
		expect(proposer.proposal).toMatchObject({
			title: 'Wohngeld schneller auszahlen',
			proposedByName: 'Mira Mitgliedermann',
			manageable: false
		});
		expect(proposer.replySource).toBeNull();
		const landtag = await load(await visit(f.lena.email));
		expect(landtag.proposal).toMatchObject({ status: 'new', manageable: true });
	});

	it('lets only the Landtag faction set the status, keeping bad input in the form', async () => {
		const member = await visit(f.users.member.email, { status: 'done', reply: '' });
		expect(await thrownBy(() => actions.status(member))).toMatchObject({ status: 403 });
		const municipalAdmin = await visit(f.users.faction_admin.email, { status: 'done', reply: '' });
		expect(await thrownBy(() => actions.status(municipalAdmin))).toMatchObject({ status: 403 });

		const bad = await actions.status(
			await visit(f.lena.email, { status: 'vergessen', reply: 'Wir prüfen das.' })
		);
		expect(bad).toMatchObject({
			status: 400,
			data: {
				errors: { status: ['Bitte einen Stand wählen.'] },
				values: { reply: 'Wir prüfen das.' }
			}
		});
		const valid = await visit(f.lena.email, { status: 'in_review', reply: 'Wir prüfen das.' });
		const done = await thrownBy(() => actions.status(valid));
		expect(done).toMatchObject({
			status: 303,
			location: `/landtag/vorschlaege/${proposalId}?gespeichert=1`
		});
		expect(await getProposal({ actor: f.users.member, proposalId })).toMatchObject({
			status: 'in_review',
			reply: 'Wir prüfen das.'
		});
	});
});
