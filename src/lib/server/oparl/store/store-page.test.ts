import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper
} from '../schema';
import { createOparlSourceWithBody } from '../testing/seed-oparl';
import { ROWS_PER_STATEMENT } from './batch';
import { storeOparlPage, type PageItem, type StorePageOptions } from './store-page';
import type { OparlExecutor } from './types';

const T = 'https://schema.oparl.org/1.0';

// One database for the file: every test stores into a source (and body) of its own.
beforeAll(async () => {
	await createTestDatabase();
});

async function newBody() {
	const { sourceId, bodyId, base } = await createOparlSourceWithBody(db, { oparlVersion: '1.0' });
	return { sourceId, bodyId, base };
}

function paper(base: string, n: number, overrides: Record<string, unknown> = {}) {
	return {
		id: `${base}/paper/${n}`,
		type: `${T}/Paper`,
		body: base,
		name: `Vorlage ${n}`,
		reference: `${n}/2026`,
		mainFile: {
			id: `${base}/file/${n}-1`,
			type: `${T}/File`,
			name: `Vorlage ${n}`,
			accessUrl: `${base}/files/${n}-1.pdf`
		},
		consultation: [
			{
				id: `${base}/consultation/${n}`,
				type: `${T}/Consultation`,
				meeting: `${base}/meeting/1`,
				organization: [`${base}/organization/1`]
			}
		],
		...overrides
	};
}

/** Counts the statements an executor is asked for (each builder call is one statement). */
function counting(executor: OparlExecutor) {
	const counter = { statements: 0 };
	const wrapped = new Proxy(executor, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				if (['select', 'insert', 'update', 'delete', 'execute'].includes(String(key)))
					counter.statements += 1;
				return value.apply(target, args);
			};
		}
	});
	return { executor: wrapped, counter };
}

async function rows(sourceId: string, urls: string[]) {
	return db
		.select()
		.from(oparlObject)
		.where(and(eq(oparlObject.sourceId, sourceId), inArray(oparlObject.oparlId, urls)));
}

const items = (raws: unknown[]): PageItem[] => raws.map((raw) => ({ raw, expectedType: 'paper' }));

describe('storeOparlPage', () => {
	it('writes a page in a number of statements that does not grow with its objects', async () => {
		const small = await newBody();
		const large = await newBody();
		const measure = async (body: typeof small, count: number) => {
			const papers = Array.from({ length: count }, (_, n) => paper(body.base, n + 1));
			return db.transaction(async (tx) => {
				const { executor, counter } = counting(tx);
				const result = await storeOparlPage(
					executor,
					{ sourceId: body.sourceId, bodyId: body.bodyId },
					items(papers),
					{ foundAt: `${body.base}/paper` }
				);
				return { result, statements: counter.statements };
			});
		};
		const five = await measure(small, 5);
		const fifty = await measure(large, 50);
		// Each paper: itself, its file, its consultation; plus the meeting and Gremium placeholders.
		expect(fifty.result.written).toBe(150);
		expect(fifty.result.items.every((item) => item.outcome === 'created')).toBe(true);
		expect(fifty.statements).toBe(five.statements);
		expect(fifty.statements).toBeLessThanOrEqual(12);

		const stored = await db
			.select({ mainFileId: oparlPaper.mainFileId, objectId: oparlPaper.objectId })
			.from(oparlPaper)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
			.where(eq(oparlObject.sourceId, large.sourceId));
		expect(stored).toHaveLength(50);
		const [file] = await rows(large.sourceId, [`${large.base}/file/7-1`]);
		const [paper7] = await rows(large.sourceId, [`${large.base}/paper/7`]);
		expect(file!.parentId).toBe(paper7!.id);
		expect(stored.find((row) => row.objectId === paper7!.id)!.mainFileId).toBe(file!.id);
		const consultations = await db
			.select()
			.from(oparlConsultation)
			.where(
				inArray(
					oparlConsultation.paperId,
					stored.map((row) => row.objectId)
				)
			);
		expect(consultations).toHaveLength(50);
		// All fifty point at the same placeholder meeting, created once.
		const [meeting] = await rows(large.sourceId, [`${large.base}/meeting/1`]);
		expect(meeting!.placeholder).toBe(true);
		expect(new Set(consultations.map((row) => row.meetingId))).toEqual(new Set([meeting!.id]));

		// The same page again: nothing written, one lookup.
		const again = await measure(large, 50);
		expect(again.result.written).toBe(0);
		expect(again.result.items.every((item) => item.outcome === 'unchanged')).toBe(true);
		expect(again.statements).toBeLessThanOrEqual(2);
	});

	it('records the run as last seen only for objects on a list page, and keeps it when one is fetched on its own', async () => {
		const { sourceId, bodyId, base } = await newBody();
		const listRun = randomUUID();
		const store = (papers: Record<string, unknown>[], options: StorePageOptions) =>
			db.transaction((tx) => storeOparlPage(tx, { sourceId, bodyId }, items(papers), options));
		await store([paper(base, 1)], { runId: listRun, listed: true });
		await store([paper(base, 2)], { runId: randomUUID() });
		// Paper 1 changed, fetched at its own URL in a later run (as a placeholder would be).
		await store([paper(base, 1, { name: 'Vorlage 1, geändert' })], { runId: randomUUID() });
		const stored = await rows(sourceId, [`${base}/paper/1`, `${base}/paper/2`]);
		const lastSeen = new Map(stored.map((row) => [row.oparlId, row.lastSeenRunId]));
		expect(lastSeen.get(`${base}/paper/1`)).toBe(listRun);
		expect(lastSeen.get(`${base}/paper/2`)).toBeNull();
	});

	it('stores an id listed twice in one page once: the same content is unchanged, other content wins', async () => {
		const { sourceId, bodyId, base } = await newBody();
		const location = {
			id: `${base}/location/1`,
			type: `${T}/Location`,
			room: 'Sitzungssaal'
		};
		const meeting = (n: number, extra: Record<string, unknown> = {}) => ({
			id: `${base}/meeting/${n}`,
			type: `${T}/Meeting`,
			body: base,
			name: `Sitzung ${n}`,
			location,
			agendaItem: [{ id: `${base}/agendaitem/${n}-1`, type: `${T}/AgendaItem`, name: 'Eröffnung' }],
			...extra
		});
		const result = await db.transaction((tx) =>
			storeOparlPage(
				tx,
				{ sourceId, bodyId },
				[meeting(1), meeting(2), meeting(1), meeting(2, { name: 'Sitzung 2 (verlegt)' })].map(
					(raw) => ({ raw, expectedType: 'meeting' as const })
				)
			)
		);
		expect(result.items.map((item) => item.outcome)).toEqual([
			'created',
			'created',
			'unchanged',
			'updated'
		]);
		expect(result.items[2]!.objectId).toBe(result.items[0]!.objectId);
		expect(result.items[3]!.objectId).toBe(result.items[1]!.objectId);
		const [second] = await db
			.select()
			.from(oparlMeeting)
			.where(eq(oparlMeeting.objectId, result.items[1]!.objectId!));
		expect(second!.name).toBe('Sitzung 2 (verlegt)');
		expect(second!.locationText).toBe('Sitzungssaal');
		// The shared location is one row; each meeting keeps its agenda item.
		expect(await rows(sourceId, [location.id])).toHaveLength(1);
		const agenda = await db
			.select()
			.from(oparlAgendaItem)
			.where(
				inArray(oparlAgendaItem.meetingId, [result.items[0]!.objectId!, result.items[1]!.objectId!])
			);
		expect(agenda).toHaveLength(2);
		const agendaRows = await rows(sourceId, [`${base}/agendaitem/2-1`]);
		expect(agendaRows[0]!.deleted).toBe(false);
	});

	it('deletes tombstones of a page with everything embedded in them, next to live objects', async () => {
		const { sourceId, bodyId, base } = await newBody();
		const store = (raws: unknown[]) =>
			db.transaction((tx) => storeOparlPage(tx, { sourceId, bodyId }, items(raws)));
		const first = await store([paper(base, 1), paper(base, 2), paper(base, 3)]);
		const [one, two] = first.items.map((item) => item.objectId!);

		const second = await store([
			{ id: `${base}/paper/1`, deleted: true },
			paper(base, 2, { consultation: [] }),
			paper(base, 3)
		]);
		expect(second.items.map((item) => item.outcome)).toEqual(['deleted', 'updated', 'unchanged']);
		// The paper, its file and its consultation; the consultation paper 2 no longer lists.
		expect(second.deleted).toBe(4);
		const gone = await rows(sourceId, [
			`${base}/paper/1`,
			`${base}/file/1-1`,
			`${base}/consultation/1`,
			`${base}/consultation/2`
		]);
		expect(gone.map((row) => row.deleted)).toEqual([true, true, true, true]);
		expect(await db.select().from(oparlPaper).where(eq(oparlPaper.objectId, one!))).toEqual([]);
		expect(
			await db
				.select()
				.from(oparlFile)
				.where(
					inArray(
						oparlFile.objectId,
						gone.map((row) => row.id)
					)
				)
		).toEqual([]);
		expect(
			await db.select().from(oparlConsultation).where(eq(oparlConsultation.paperId, two!))
		).toEqual([]);
		expect((await rows(sourceId, [`${base}/consultation/3`]))[0]!.deleted).toBe(false);
		expect(second.changedObjectIds).toEqual(expect.arrayContaining(gone.map((row) => row.id)));
	});

	it('splits a page larger than one statement holds and keeps every id in place', async () => {
		const { sourceId, bodyId, base } = await newBody();
		const count = ROWS_PER_STATEMENT + 150;
		const organizations = Array.from({ length: count }, (_, n) => ({
			id: `${base}/organization/${n}`,
			type: `${T}/Organization`,
			body: base,
			name: `Gremium ${n}`
		}));
		const result = await db.transaction((tx) =>
			storeOparlPage(
				tx,
				{ sourceId, bodyId },
				organizations.map((raw) => ({ raw, expectedType: 'organization' as const }))
			)
		);
		expect(result.written).toBe(count);
		const stored = await db
			.select({ name: oparlOrganization.name, url: oparlObject.oparlId })
			.from(oparlOrganization)
			.innerJoin(oparlObject, eq(oparlObject.id, oparlOrganization.objectId))
			.where(eq(oparlObject.sourceId, sourceId));
		expect(stored).toHaveLength(count);
		expect(stored.every((row) => row.url.endsWith(`/organization/${row.name.slice(8)}`))).toBe(
			true
		);
		const ids = new Set(result.items.map((item) => item.objectId));
		expect(ids.size).toBe(count);
	});
});
