import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { instanceConfig } from '../../instance/instance-config';
import { emptyTestDatabase } from '../../testing/test-db';
import { SlugTakenError } from '../errors';
import { getStartTexts, startTextsInput, updateStartTexts } from '../start/start-texts';
import { sitePageInput } from './page-input';
import {
	deleteCustomPage,
	getPublishedCustomPage,
	listCustomPages,
	saveCustomPage,
	setCustomPagePublished
} from './site-page-service';

describe('board-made pages and start page texts', () => {
	let board: SessionUser;

	beforeEach(async () => {
		await emptyTestDatabase();
		board = await createTestActor('board');
	});

	it('publishes a page at its address only when published, and refuses a taken address', async () => {
		const input = sitePageInput.parse({
			title: 'Über uns',
			slug: 'ueber-uns',
			body: '## Wir\n\nText'
		});
		const { id } = await saveCustomPage({ actor: board, input });
		expect(await getPublishedCustomPage('ueber-uns')).toBeNull();
		await setCustomPagePublished({ actor: board, pageId: id, published: true });
		expect((await getPublishedCustomPage('ueber-uns'))?.html).toContain('<h2>Wir</h2>');
		await expect(saveCustomPage({ actor: board, input })).rejects.toBeInstanceOf(SlugTakenError);
		await setCustomPagePublished({ actor: board, pageId: id, published: false });
		expect(await getPublishedCustomPage('ueber-uns')).toBeNull();
		await deleteCustomPage({ actor: board, pageId: id });
		expect(await listCustomPages(board)).toEqual([]);
		const actions = (await db.select().from(auditLog)).map((entry) => entry.action);
		expect(actions).toEqual(['page.create', 'page.publish', 'page.unpublish', 'page.delete']);
	});

	it('accepts only clean addresses', () => {
		for (const slug of ['Über uns', '../admin', 'a--b', '-a', 'verwaltung/x']) {
			expect(sitePageInput.safeParse({ title: 'T', slug, body: 'B' }).success).toBe(false);
		}
	});

	it('shows the configured start texts until the board saves its own', async () => {
		const config = instanceConfig();
		expect(await getStartTexts()).toMatchObject({
			about: config.description,
			goals: config.goals,
			isDefault: true
		});
		const input = startTextsInput.parse({
			about: 'Wir sind das Netzwerk.',
			goals: '- Mehr Gewicht\n\n* Besserer Austausch\n'
		});
		await updateStartTexts({ actor: board, input });
		expect(await getStartTexts()).toMatchObject({
			about: 'Wir sind das Netzwerk.',
			goals: ['Mehr Gewicht', 'Besserer Austausch'],
			isDefault: false
		});
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'content.start_update'))
		).toHaveLength(1);
	});

	it('lets nobody but the board change pages or texts', async () => {
		for (const role of ['member', 'faction_admin', 'interested'] as const) {
			const actor = await createTestActor(role);
			const input = sitePageInput.parse({ title: 'X', slug: 'x', body: 'Y' });
			await expect(saveCustomPage({ actor, input })).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(listCustomPages(actor)).rejects.toBeInstanceOf(AccessDeniedError);
			await expect(
				updateStartTexts({ actor, input: { about: 'X', goals: ['Y'] } })
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});
});
