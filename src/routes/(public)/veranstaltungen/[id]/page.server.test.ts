import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, createTestActor, signedInJar } from '$lib/server/auth/test-support';
import type { SessionUser } from '$lib/server/auth/types';
import { getEvent } from '$lib/server/events/get-event';
import { createTestEvent } from '$lib/server/events/testing/event-fixtures';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET as csv } from '../../../(app)/verwaltung/veranstaltungen/[id]/teilnehmende.csv/+server';
import { actions, load } from './+page.server';

let board: SessionUser;
let interested: { email: string; id: string };
let member: { email: string; id: string };

beforeAll(async () => {
	await createTestDatabase();
	board = await createTestActor('board');
	interested = await createTestAccount({ role: 'interested' });
	member = await createTestAccount({ role: 'member' });
});

describe('/veranstaltungen/[id]', () => {
	it('answers 404 for members-only events to the public and the interested, like unknown ids', async () => {
		const id = await createTestEvent(board, { visibility: 'members' });
		const { jar } = await signedInJar(interested.email);
		for (const visitor of [undefined, jar]) {
			const { event } = await testEvent({
				url: `/veranstaltungen/${id}`,
				jar: visitor,
				params: { id }
			});
			expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 404 });
		}
		const { jar: memberJar } = await signedInJar(member.email);
		const { event } = await testEvent({
			url: `/veranstaltungen/${id}`,
			jar: memberJar,
			params: { id }
		});
		expect(await load(event as never)).toMatchObject({ event: { id, visibility: 'members' } });
	});

	it('sends anonymous visitors to sign in when they register, and registers the interested', async () => {
		const id = await createTestEvent(board, { capacity: '1' });
		const anonymous = await testEvent({
			url: `/veranstaltungen/${id}?/register`,
			params: { id },
			form: { note: '' }
		});
		expect(await thrownBy(() => actions.register(anonymous.event as never))).toMatchObject({
			status: 303
		});
		const { jar } = await signedInJar(interested.email);
		const { event } = await testEvent({
			url: `/veranstaltungen/${id}?/register`,
			jar,
			params: { id },
			form: { note: 'Ich bringe eine Kollegin mit.' }
		});
		expect(await actions.register(event as never)).toMatchObject({
			scope: 'registration',
			success: expect.stringContaining('Sie sind angemeldet')
		});
		expect((await getEvent(board, id))?.seatsLeft).toBe(0);
	});

	it('keeps the attendee CSV from everyone but the organizers', async () => {
		const id = await createTestEvent(board);
		const { jar } = await signedInJar(member.email);
		const { event } = await testEvent({
			url: `/verwaltung/veranstaltungen/${id}/teilnehmende.csv`,
			jar,
			params: { id }
		});
		expect(await thrownBy(() => csv(event as never))).toMatchObject({ status: 403 });
		const anonymous = await testEvent({
			url: `/verwaltung/veranstaltungen/${id}/teilnehmende.csv`,
			params: { id }
		});
		expect(await thrownBy(() => csv(anonymous.event as never))).toMatchObject({ status: 303 });
	});
});
