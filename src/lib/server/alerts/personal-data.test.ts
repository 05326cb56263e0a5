import { beforeAll, describe, expect, it } from 'vitest';
import { createTestActor } from '../auth/test-support';
import { db } from '../db';
import { collectPersonalData } from '../privacy/collect-personal-data';
import { createTestDatabase } from '../testing/test-db';
import { createSavedSearch } from './create-saved-search';
import { listSavedSearches } from './list-saved-searches';
import { savedSearch } from './schema';

beforeAll(async () => {
	await createTestDatabase();
});

describe('saved searches in the personal data download', () => {
	it('lists the own searches and settings, never the feed key', async () => {
		const actor = await createTestActor('member');
		const other = await createTestActor('member');
		await createSavedSearch({
			actor,
			input: { name: 'Rufbus', query: 'Rufbus', frequency: 'weekly', filters: { kind: ['motion'] } }
		});
		await createSavedSearch({
			actor: other,
			input: { name: 'Fremde Suche', query: 'x', frequency: 'daily', filters: {} }
		});

		const data = await collectPersonalData({ actor });
		expect(data.savedSearches).toEqual([
			expect.objectContaining({
				name: 'Rufbus',
				query: 'Rufbus',
				filters: { kind: ['motion'] },
				frequency: 'weekly',
				mailedResults: 0
			})
		]);
		const [stored] = await db.select().from(savedSearch).limit(1);
		const [view] = await listSavedSearches({ actor });
		const text = JSON.stringify(data);
		expect(text).not.toContain(stored!.feedTokenHash);
		expect(text).not.toContain(view!.feedUrl);
		expect(text).not.toContain('Fremde Suche');
	});
});
