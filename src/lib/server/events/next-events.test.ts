import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { cancelEvent } from './cancel-event';
import { nextEvents } from './next-events';
import { event } from './schema';
import { createEventActors, createTestEvent, type EventActors } from './testing/event-fixtures';

const DAY = 24 * 60 * 60 * 1000;
let actors: EventActors;

async function at(id: string, daysAhead: number): Promise<void> {
	const startsAt = new Date(Date.now() + daysAhead * DAY);
	await db
		.update(event)
		.set({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000) })
		.where(eq(event.id, id));
}

beforeAll(async () => {
	await createTestDatabase();
	actors = await createEventActors();
	const plan: [string, number, Record<string, string>?][] = [
		['Vorbei', -3],
		['Läuft gerade', -0.02],
		['Übermorgen', 2],
		['Mitgliederabend', 3, { visibility: 'members' }],
		[
			'Online-Sprechstunde',
			4,
			{ kind: 'online', location: '', onlineUrl: 'https://x.example.org/r' }
		],
		['Nächsten Monat', 30],
		['Abgesagt', 1]
	];
	for (const [title, days, overrides] of plan) {
		const id = await createTestEvent(actors.board, { title, ...overrides });
		await at(id, days);
		if (title === 'Abgesagt') await cancelEvent({ actor: actors.board, eventId: id });
	}
});

const titles = (list: { title: string }[]) => list.map((item) => item.title);

describe('nextEvents', () => {
	it('shows anyone the next three public events that take place, running ones included', async () => {
		expect(titles(await nextEvents(null))).toEqual([
			'Läuft gerade',
			'Übermorgen',
			'Online-Sprechstunde'
		]);
		expect(titles(await nextEvents(actors.interested))).toEqual(titles(await nextEvents(null)));
		expect(titles(await nextEvents(actors.guest))).toEqual(titles(await nextEvents(null)));
	});

	it('adds the members-only events for the network', async () => {
		for (const actor of [actors.member, actors.faction, actors.board]) {
			expect(titles(await nextEvents(actor))).toEqual([
				'Läuft gerade',
				'Übermorgen',
				'Mitgliederabend'
			]);
		}
	});

	it('says an event is online without handing out its link', async () => {
		const online = (await nextEvents(null, 10)).find(
			(item) => item.title === 'Online-Sprechstunde'
		);
		expect(online).toMatchObject({ online: true, location: '' });
		expect(JSON.stringify(await nextEvents(actors.board, 10))).not.toContain('x.example.org');
	});
});
