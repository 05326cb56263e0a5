import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/shared/roles';
import { createTestAccount } from '../auth/test-support';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { countFacets } from '../search/documents/facets';
import { searchDocument } from '../search/schema';
import { search } from '../search/search';
import { loadMotionViewer } from '../motions/visibility';
import { createTestDatabase } from '../testing/test-db';
import { EVENT_DOCUMENT_TYPE, indexEvent, reindexAllEvents } from './index-event';
import { event } from './schema';

const actors = {} as Record<'interested' | 'member' | 'board', SessionUser>;

beforeAll(async () => {
	await createTestDatabase();
	for (const role of ['interested', 'member', 'board'] as const) {
		const account = await createTestAccount({ role });
		actors[role] = sessionUser(account.id, account.email, role);
	}
});

function sessionUser(id: string, email: string, role: Role): SessionUser {
	return {
		id,
		email,
		name: 'Erika Muster',
		role,
		emailVerified: true,
		twoFactorEnabled: false,
		accessExpiresAt: null
	};
}

async function addEvent(values: Partial<typeof event.$inferInsert> = {}): Promise<string> {
	const [row] = await db
		.insert(event)
		.values({
			title: 'Haushaltsschulung',
			kind: 'training',
			startsAt: new Date('2026-03-28T23:30:00Z'),
			endsAt: new Date('2026-03-29T02:00:00Z'),
			...values
		})
		.returning({ id: event.id });
	return row!.id;
}

async function documentOf(id: string) {
	const [row] = await db
		.select()
		.from(searchDocument)
		.where(and(eq(searchDocument.type, EVENT_DOCUMENT_TYPE), eq(searchDocument.sourceId, id)));
	return row;
}

async function foundTitles(actor: SessionUser | null, query: string): Promise<string[]> {
	const result = await search({ actor, query, type: 'event' });
	return result.items.map((item) => item.title);
}

describe('indexEvent', () => {
	it('writes the text, the Berlin day, kind and status, and never the online link', async () => {
		const id = await addEvent({
			title: 'Kommunalfinanzen kompakt',
			summary: 'Doppik für Einsteiger*innen.',
			description: 'Wir lesen gemeinsam einen **Haushaltsplan**.',
			location: 'Rostock, Doberaner Straße 6',
			onlineUrl: 'https://konferenz.example.org/geheimer-raum-4711',
			organizer: 'forum'
		});
		await indexEvent(id);

		const document = await documentOf(id);
		expect(document).toMatchObject({
			title: 'Kommunalfinanzen kompakt',
			url: `/veranstaltungen/${id}`,
			// 23:30 UTC on the 28th is half past midnight in Berlin on the 29th.
			date: '2026-03-29',
			kind: 'training',
			status: 'scheduled',
			access: 'public'
		});
		expect(document!.body).toContain('Haushaltsplan');
		expect(document!.body).toContain('Doberaner Straße');
		expect(document!.body).not.toContain('geheimer-raum');
		expect(document!.attachmentText).toBe('');
	});

	it('lets only the network find members-only events', async () => {
		const id = await addEvent({
			title: 'Klausur der Fraktionsvorsitzenden',
			visibility: 'members'
		});
		await indexEvent(id);

		expect(await foundTitles(null, 'Klausur')).toEqual([]);
		expect(await foundTitles(actors.interested, 'Klausur')).toEqual([]);
		expect(await foundTitles(actors.member, 'Klausur')).toEqual([
			'Klausur der Fraktionsvorsitzenden'
		]);
		expect(await foundTitles(actors.board, 'Klausur')).toEqual([
			'Klausur der Fraktionsvorsitzenden'
		]);
	});

	it('follows edits: a cancellation is marked, a change to members-only hides it', async () => {
		const id = await addEvent({ title: 'Sommerfest der Kommunalos' });
		await indexEvent(id);
		expect(await foundTitles(null, 'Sommerfest')).toEqual(['Sommerfest der Kommunalos']);

		await db.update(event).set({ status: 'cancelled' }).where(eq(event.id, id));
		await indexEvent(id);
		const cancelled = await search({ actor: null, query: 'Sommerfest', type: 'event' });
		expect(cancelled.items).toMatchObject([{ status: 'cancelled', kind: 'training' }]);

		await db.update(event).set({ visibility: 'members' }).where(eq(event.id, id));
		await indexEvent(id);
		expect(await foundTitles(null, 'Sommerfest')).toEqual([]);
		expect(await foundTitles(actors.member, 'Sommerfest')).toEqual(['Sommerfest der Kommunalos']);
	});

	it('removes the row of a deleted event', async () => {
		const id = await addEvent({ title: 'Gelöschter Stammtisch' });
		await indexEvent(id);
		await db.delete(event).where(eq(event.id, id));
		await indexEvent(id);
		expect(await documentOf(id)).toBeUndefined();
	});

	it('counts events in the kind, status and year facets with German labels', async () => {
		await addEvent({ title: 'Facettenkonferenz', kind: 'conference' });
		await reindexAllEvents();
		const { facets } = await countFacets({
			viewer: await loadMotionViewer(null),
			types: [EVENT_DOCUMENT_TYPE],
			query: 'Facettenkonferenz'
		});
		expect(facets.kind).toEqual([{ value: 'conference', label: 'Konferenz', count: 1 }]);
		expect(facets.status).toEqual([{ value: 'scheduled', label: 'geplant', count: 1 }]);
		expect(facets.year).toEqual([{ value: '2026', label: '2026', count: 1 }]);
	});
});

describe('reindexAllEvents', () => {
	it('writes every event and drops rows of events that are gone', async () => {
		const kept = await addEvent({ title: 'Bleibt' });
		await db.insert(searchDocument).values({
			type: EVENT_DOCUMENT_TYPE,
			sourceId: '00000000-0000-4000-8000-000000000001',
			title: 'Verwaist',
			url: '/veranstaltungen/00000000-0000-4000-8000-000000000001',
			access: 'public'
		});
		const result = await reindexAllEvents();
		expect(result.removed).toBe(1);
		expect(await documentOf(kept)).toBeDefined();
		expect(await documentOf('00000000-0000-4000-8000-000000000001')).toBeUndefined();
	});
});
