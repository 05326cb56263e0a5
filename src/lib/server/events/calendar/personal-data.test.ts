import { beforeAll, describe, expect, it } from 'vitest';
import { createTestActor } from '../../auth/test-support';
import { collectPersonalData } from '../../privacy/collect-personal-data';
import { createTestDatabase } from '../../testing/test-db';
import { createPersonalFeedAddress } from './personal-feed-address';

beforeAll(async () => {
	await createTestDatabase();
});

describe('calendar address in the data download', () => {
	it('says since when the person has one, without the address itself', async () => {
		const member = await createTestActor('member');
		expect((await collectPersonalData({ actor: member })).calendarFeed).toBeNull();

		const address = await createPersonalFeedAddress(member, new Date('2026-02-01T09:30:00Z'));
		const data = await collectPersonalData({ actor: member });
		expect(data.calendarFeed).toEqual({ createdAt: new Date('2026-02-01T09:30:00Z') });
		const token = address.url.match(/kalender\/([^/]+)\.ics$/)![1]!;
		expect(JSON.stringify(data)).not.toContain(token);
	});
});
