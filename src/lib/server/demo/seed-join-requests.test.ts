import { beforeAll, describe, expect, it } from 'vitest';
import { createTestActor } from '../auth/test-support';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { getJoinRequest } from '../join/get-join-request';
import { listJoinRequests } from '../join/list-join-requests';
import { joinRequest } from '../join/schema';
import { mailMessage } from '../mail/schema';
import { loadStateData } from '../territory/load-state-data';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_JOIN_PRIVATE_VALUES, DEMO_JOIN_REQUESTS } from './data/join';
import { DEMO_PRIVATE_VALUES } from './private-values';
import { seedJoinRequests } from './seed-join-requests';

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	await ensureDefaultTopics();
});

describe('demo join requests', () => {
	it('fill the inbox once, quickly, without mails, with private values listed', async () => {
		const started = performance.now();
		await seedJoinRequests.seed({ accounts: new Map() });
		expect(performance.now() - started).toBeLessThan(2_000);
		await seedJoinRequests.seed({ accounts: new Map() });
		expect(await db.select().from(joinRequest)).toHaveLength(DEMO_JOIN_REQUESTS.length);
		expect(await db.select().from(mailMessage)).toEqual([]);

		const board = await createTestActor('board');
		const open = await listJoinRequests({ actor: board, filter: 'open' });
		expect(open.items.map((item) => item.name)).toEqual([
			'Wiebke Wendelstein',
			'Karl-Heinz Quappendorf',
			'Selin Tannenhöft'
		]);
		const first = await getJoinRequest({ actor: board, id: open.items[0]!.id });
		expect(first.topics).toEqual(['Haushalt und Finanzen', 'Klima und Energie']);
		expect(first.districtName).toBe('Landkreis Vorpommern-Greifswald');
		for (const value of DEMO_JOIN_PRIVATE_VALUES) expect(DEMO_PRIVATE_VALUES).toContain(value);
	});
});
