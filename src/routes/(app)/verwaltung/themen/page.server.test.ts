import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import type { SessionUser } from '$lib/server/auth/types';
import { db } from '$lib/server/db';
import { topic } from '$lib/server/directory/schema';
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
	return (await testEvent({ url: '/verwaltung/themen', jar, form })).event;
}

describe('/verwaltung/themen', () => {
	it('refuses faction admins the page and every action', async () => {
		const event = await eventAs(f.users.factionAdmin, {
			name: 'Von unten',
			topicId: f.topics.haushalt,
			direction: 'up'
		});
		expect(await thrownBy(() => load(event as never))).toMatchObject({ status: 403 });
		for (const action of Object.values(actions)) {
			const attempt = await eventAs(f.users.factionAdmin, {
				name: 'Von unten',
				topicId: f.topics.haushalt,
				direction: 'up'
			});
			expect(await thrownBy(() => action(attempt as never))).toMatchObject({ status: 403 });
		}
		const [haushalt] = await db.select().from(topic).where(eq(topic.id, f.topics.haushalt));
		expect(haushalt?.archivedAt).toBeNull();
	});

	it('adds a topic; an empty or taken name gets a German message and keeps the input', async () => {
		const empty = await eventAs(f.users.board, { name: '  ', description: 'Häfen' });
		expect(await actions.add(empty as never)).toMatchObject({
			status: 400,
			data: {
				scope: 'add',
				values: { description: 'Häfen' },
				errors: { name: [expect.any(String)] }
			}
		});
		const taken = await eventAs(f.users.board, { name: 'schule' });
		expect(await actions.add(taken as never)).toMatchObject({
			status: 400,
			data: { scope: 'add', errors: { name: ['Ein Thema mit diesem Namen gibt es schon.'] } }
		});
		const good = await eventAs(f.users.board, { name: 'Häfen und Küste' });
		expect(await actions.add(good as never)).toMatchObject({ scope: 'add' });
		const data = (await load((await eventAs(f.users.board)) as never)) as {
			topics: { name: string }[];
		};
		expect(data.topics.at(-1)?.name).toBe('Häfen und Küste');
	});
});
