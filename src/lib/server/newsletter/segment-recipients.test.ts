import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsletterSegment } from '$lib/shared/newsletter';
import { createTestDatabase } from '../testing/test-db';
import { countSegment, segmentRecipients } from './segment-recipients';
import {
	HRO,
	seedNewsletterFixtures,
	VG,
	type NewsletterFixtures
} from './testing/newsletter-fixtures';

let fx: NewsletterFixtures;

beforeAll(async () => {
	await createTestDatabase();
	fx = await seedNewsletterFixtures();
});

async function names(segment: Partial<NewsletterSegment>): Promise<string[]> {
	const full = { roles: [], districtAgs: [], topicIds: [], ...segment };
	const found = await segmentRecipients(full);
	expect(await countSegment(full)).toBe(found.length);
	return found.map((entry) => entry.name).sort();
}

describe('segmentRecipients', () => {
	it('takes the roles asked for and leaves out opted-out, deactivated and guest accounts', async () => {
		expect(await names({ roles: ['member'] })).toEqual([
			'Anna Kreistag',
			'Egon Ehemals',
			'Gustav Gemeinde',
			'Rosa Rostock'
		]);
		expect(await names({ roles: ['interested', 'faction_admin', 'board'] })).toEqual([
			'Bea Vorstand',
			'Fritz Fraktion',
			'Ida Interessiert',
			'Ivo Ohnethema'
		]);
	});

	it('reaches nobody without a role', async () => {
		expect(await names({ roles: [], districtAgs: [VG] })).toEqual([]);
	});

	it('narrows to current mandates in the district, its Gemeinden included', async () => {
		expect(await names({ roles: ['member', 'faction_admin'], districtAgs: [VG] })).toEqual([
			'Anna Kreistag',
			'Fritz Fraktion',
			'Gustav Gemeinde'
		]);
		expect(await names({ roles: ['member'], districtAgs: [VG, HRO] })).toEqual([
			'Anna Kreistag',
			'Gustav Gemeinde',
			'Rosa Rostock'
		]);
		// Interested people without a mandate are in no district.
		expect(await names({ roles: ['interested'], districtAgs: [VG] })).toEqual([]);
	});

	it('narrows to people with the topic in their profile', async () => {
		expect(await names({ roles: ['member', 'interested'], topicIds: [fx.topics.schule] })).toEqual([
			'Anna Kreistag',
			'Ida Interessiert',
			'Rosa Rostock'
		]);
		expect(
			await names({ roles: ['member'], topicIds: [fx.topics.schule, fx.topics.haushalt] })
		).toEqual(['Anna Kreistag', 'Gustav Gemeinde', 'Rosa Rostock']);
	});

	it('requires district and topic when both are given', async () => {
		expect(
			await names({ roles: ['member'], districtAgs: [VG], topicIds: [fx.topics.schule] })
		).toEqual(['Anna Kreistag']);
	});
});
