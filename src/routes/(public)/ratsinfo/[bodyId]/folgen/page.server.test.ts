import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import { listFollows } from '$lib/server/oparl/follow/list-follows';
import { exportCouncilFollows } from '$lib/server/oparl/follow/personal-data';
import {
	createCouncilBody,
	createCouncilMeeting,
	createCouncilOrganization,
	createCouncilSource
} from '$lib/server/oparl/similar/testing/council-fixtures';
import { createTestDatabase, testDatabaseKind } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

let bodyId: string;
let otherBodyId: string;
let unfollowedBodyId: string;
let committee: string;
let foreignCommittee: string;
let memberJar: CookieJar;
let interestedJar: CookieJar;

beforeAll(async () => {
	await createTestDatabase();
	const source = await createCouncilSource();
	bodyId = await createCouncilBody(source, { name: 'Gemeinde Hürtgenwald' });
	otherBodyId = await createCouncilBody(source, { name: 'Stadt Beispielstadt' });
	unfollowedBodyId = await createCouncilBody(source, { name: 'Amt Ungefolgt', followed: false });
	committee = await createCouncilOrganization(source, bodyId, 'Bauausschuss');
	foreignCommittee = await createCouncilOrganization(source, otherBodyId, 'Finanzausschuss');
	await createCouncilMeeting(source, bodyId, {
		name: 'Sitzung des Bauausschusses',
		start: new Date(Date.now() + 3 * 86_400_000),
		organizationIds: [committee]
	});
	await createCouncilMeeting(source, otherBodyId, {
		name: 'Finanzausschuss',
		start: new Date(Date.now() + 3 * 86_400_000),
		organizationIds: [foreignCommittee]
	});
	const member = await createTestAccount({ role: 'member', email: 'mira@example.org' });
	memberJar = (await signedInJar(member.email)).jar;
	const interested = await createTestAccount({ role: 'interested', email: 'paul@example.org' });
	interestedJar = (await signedInJar(interested.email)).jar;
});

async function act(
	name: 'follow' | 'unfollow',
	form: Record<string, string>,
	options: { jar?: CookieJar; body?: string } = {}
) {
	const id = options.body ?? bodyId;
	const { event } = await testEvent({
		url: `/ratsinfo/${id}/folgen?/${name}`,
		params: { bodyId: id },
		jar: options.jar ?? memberJar,
		form
	});
	return actions[name](event as never);
}

async function followsOfMember() {
	const { event } = await testEvent({
		url: '/konto',
		jar: memberJar
	});
	return listFollows(event.locals.user);
}

describe(`/ratsinfo/[bodyId]/folgen on ${testDatabaseKind}`, () => {
	it('asks the public to sign in and refuses interested people, from load and actions', async () => {
		const { event } = await testEvent({
			url: `/ratsinfo/${bodyId}/folgen`,
			params: { bodyId },
			form: {}
		});
		expect(await thrownBy(() => load(event as never))).toMatchObject({
			status: 303,
			location: `/anmelden?weiter=${encodeURIComponent(`/ratsinfo/${bodyId}/folgen`)}`
		});
		expect(await thrownBy(() => actions.follow(event as never))).toMatchObject({ status: 303 });
		const { event: interested } = await testEvent({
			url: `/ratsinfo/${bodyId}/folgen`,
			params: { bodyId },
			jar: interestedJar,
			form: {}
		});
		expect(await thrownBy(() => load(interested as never))).toMatchObject({ status: 403 });
		expect(await thrownBy(() => actions.follow(interested as never))).toMatchObject({
			status: 403
		});
	});

	it('offers the Gremien that meet; unknown and unfollowed councils are not found', async () => {
		const { event } = await testEvent({
			url: `/ratsinfo/${bodyId}/folgen`,
			params: { bodyId },
			jar: memberJar
		});
		const data = await load(event as never);
		expect(data.body).toEqual({
			id: bodyId,
			name: 'Gemeinde Hürtgenwald',
			organizations: [{ id: committee, name: 'Bauausschuss' }]
		});
		expect(data.state).toEqual({ followsBody: false, organizationIds: [] });
		for (const missing of [unfollowedBodyId, crypto.randomUUID(), 'quatsch']) {
			const { event: other } = await testEvent({
				url: `/ratsinfo/${missing}/folgen`,
				params: { bodyId: missing },
				jar: memberJar
			});
			expect(await thrownBy(() => load(other as never))).toMatchObject({ status: 404 });
		}
		expect(await thrownBy(() => act('follow', {}, { body: unfollowedBodyId }))).toMatchObject({
			status: 404
		});
	});

	it('follows from the council page and returns there; twice is once; unfollow removes it', async () => {
		const weiter = `/ratsinfo/${bodyId}`;
		expect(await thrownBy(() => act('follow', { weiter }))).toMatchObject({
			status: 303,
			location: `${weiter}?gefolgt=1`
		});
		await thrownBy(() => act('follow', { weiter }));
		let follows = await followsOfMember();
		expect(follows).toHaveLength(1);
		expect(follows[0]).toMatchObject({
			bodyId,
			bodyName: 'Gemeinde Hürtgenwald',
			followsBody: true,
			organizations: [],
			nextMeeting: { name: 'Sitzung des Bauausschusses' }
		});
		// Part of the person's data download.
		const { event } = await testEvent({ url: '/konto/daten', jar: memberJar });
		expect((await exportCouncilFollows(event.locals.user!.id)).follows).toEqual([
			{ council: 'Gemeinde Hürtgenwald', gremium: null, since: expect.any(Date) }
		]);
		// A return address elsewhere is ignored: the page answers itself.
		expect(await act('unfollow', { weiter: 'https://example.com/' })).toEqual({
			saved: 'Gespeichert: Sie folgen hier nicht mehr.'
		});
		follows = await followsOfMember();
		expect(follows).toEqual([]);
	});

	it('follows a single Gremium; a Gremium of another council or a bad id changes nothing', async () => {
		expect(await act('follow', { organizationId: committee })).toMatchObject({
			saved: expect.stringContaining('Gespeichert')
		});
		expect(await act('follow', { organizationId: foreignCommittee })).toMatchObject({
			status: 400,
			data: { message: 'Dieses Gremium gehört nicht zu der Vertretung.' }
		});
		expect(await act('follow', { organizationId: 'kein-gremium' })).toMatchObject({
			status: 400,
			data: { errors: { organizationId: ['Dieses Gremium gibt es nicht.'] } }
		});
		const follows = await followsOfMember();
		expect(follows).toHaveLength(1);
		expect(follows[0]).toMatchObject({
			followsBody: false,
			organizations: [{ id: committee, name: 'Bauausschuss' }]
		});
		const { event } = await testEvent({
			url: `/ratsinfo/${bodyId}/folgen`,
			params: { bodyId },
			jar: memberJar
		});
		expect((await load(event as never)).state).toEqual({
			followsBody: false,
			organizationIds: [committee]
		});
		expect(
			await thrownBy(() => act('unfollow', { organizationId: committee, weiter: '/konto' }))
		).toMatchObject({ status: 303, location: '/konto?entfolgt=1' });
		expect(await followsOfMember()).toEqual([]);
	});
});
