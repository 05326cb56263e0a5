import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { getEvent } from '../events/get-event';
import { listEvents } from '../events/list-events';
import { event, eventRegistration } from '../events/schema';
import { mailMessage } from '../mail/schema';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_EVENTS, DEMO_EVENT_IDS } from './data/events';
import { seedAccounts } from './seed-accounts';
import { seedEvents } from './seed-events';
import type { DemoContext } from './types';

let ctx: DemoContext;

beforeAll(async () => {
	await createTestDatabase();
	ctx = { accounts: new Map() };
	await seedAccounts.seed(ctx);
});

describe('demo events', () => {
	it('seeds upcoming and past events once, a full one with a waitlist, without mailing anyone', async () => {
		await seedEvents.seed(ctx);
		await seedEvents.seed(ctx);
		expect((await db.select({ n: count() }).from(event))[0]!.n).toBe(DEMO_EVENTS.length);
		expect((await db.select({ n: count() }).from(mailMessage))[0]!.n).toBe(0);
		const registrations = await db.select().from(eventRegistration);
		expect(registrations.filter((row) => row.status === 'waitlisted')).toHaveLength(1);

		const upcoming = await listEvents(null, { when: 'upcoming' });
		const past = await listEvents(null, { when: 'past' });
		expect(upcoming.total).toBeGreaterThanOrEqual(5);
		expect(past.total).toBe(3);
		expect(upcoming.items.map((item) => item.id)).not.toContain(DEMO_EVENT_IDS.membersOnly);

		const interested = ctx.accounts.get('interessiert')!;
		const full = await getEvent(
			{
				...interested,
				role: 'interested',
				emailVerified: true,
				twoFactorEnabled: false,
				accessExpiresAt: null
			},
			DEMO_EVENT_IDS.fullWorkshop
		);
		expect(full).toMatchObject({ seatsLeft: 0, own: { status: 'waitlisted', position: 1 } });
	});
});
