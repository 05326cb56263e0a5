import { and, count, eq, inArray } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { oparlObject } from '../schema';
import { createOparlSourceWithBody, storeFixtureObjects } from '../testing/seed-oparl';
import { indexOparlObjects } from './index-oparl-objects';

/** The project's copy of the real Hürtgenwald dump (Sternberg, OParl 1.0, with its quirks). */
const FIXTURE = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../../../../tests/fixtures/oparl/huertgenwald'
);
const ROOT = 'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0';

function page(name: string): Record<string, unknown>[] {
	const file = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'body/1', name), 'utf8')) as {
		data: Record<string, unknown>[];
	};
	return file.data;
}

function pages(list: string): string[] {
	return fs
		.readdirSync(path.join(FIXTURE, 'body/1'))
		.filter((name) => name.startsWith(`${list}.page-`))
		.sort();
}

let sourceId: string;
const outcomes: { indexed: number; removed: number }[] = [];

async function rowOf(oparlId: string, type: string) {
	const [row] = await db
		.select({
			title: searchDocument.title,
			body: searchDocument.body,
			url: searchDocument.url,
			date: searchDocument.date,
			kind: searchDocument.kind
		})
		.from(searchDocument)
		.innerJoin(oparlObject, eq(oparlObject.id, searchDocument.sourceId))
		.where(
			and(
				eq(oparlObject.sourceId, sourceId),
				eq(oparlObject.oparlId, oparlId),
				eq(searchDocument.type, type)
			)
		);
	return row;
}

async function rowCount(type: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(searchDocument)
		.where(
			and(
				eq(searchDocument.type, type),
				inArray(
					searchDocument.sourceId,
					db
						.select({ id: oparlObject.id })
						.from(oparlObject)
						.where(eq(oparlObject.sourceId, sourceId))
				)
			)
		);
	return Number(row!.n);
}

beforeAll(async () => {
	await createTestDatabase();
	const source = await createOparlSourceWithBody(db, {
		systemUrl: `${ROOT}/system`,
		bodyUrl: `${ROOT}/body/1`,
		bodyName: 'Gemeinde Hürtgenwald',
		oparlVersion: '1.0'
	});
	sourceId = source.sourceId;
	// Page by page as a sync walks the lists, papers before the meetings they were consulted in:
	// each page is indexed with what it changed, as the sync's hook does.
	for (const name of [...pages('organization'), ...pages('paper'), ...pages('meeting')]) {
		const results = await storeFixtureObjects(db, source.sourceId, source.bodyId, page(name));
		const changed = results.flatMap((result) => result.changedObjectIds);
		outcomes.push(await db.transaction((tx) => indexOparlObjects(tx, changed)));
	}
}, 120_000);

describe(`the Hürtgenwald dump in the search on ${testDatabaseKind}`, () => {
	it('has a row for every live paper and meeting, none for tombstones', async () => {
		const live = (list: string) =>
			pages(list).flatMap((name) => page(name).filter((item) => item.deleted !== true));
		expect(await rowCount('paper')).toBe(live('paper').length);
		expect(await rowCount('meeting')).toBe(live('meeting').length);
		const tombstone = pages('paper')
			.flatMap((name) => page(name))
			.find((item) => item.deleted === true)!;
		expect(await rowOf(String(tombstone.id), 'paper')).toBeUndefined();
	});

	it('gives a paper indexed before its meetings their consultations once the meetings arrive', async () => {
		const paper = await rowOf(`${ROOT}/body/1/paper/1258`, 'paper');
		expect(paper).toMatchObject({
			title: expect.stringMatching(/^13\/2010 – Kindertageseinrichtungen in gemeindlicher/),
			kind: expect.any(String)
		});
		expect(paper!.body).toContain('Beratung: Schulausschuss, 23. Februar 2010');
	});

	it('indexes agenda items embedded without their meeting, with result and anchor', async () => {
		const items = pages('meeting').flatMap((name) =>
			page(name).flatMap((meeting) =>
				((meeting.agendaItem as Record<string, unknown>[] | undefined) ?? []).map((item) => ({
					item,
					meeting
				}))
			)
		);
		const decided = items.find(({ item }) => typeof item.result === 'string' && item.result)!;
		const row = await rowOf(String(decided.item.id), 'agendaItem');
		expect(row!.title).toBe(
			`${decided.item.number} ${String(decided.item.name).replace(/\s+/g, ' ').trim()}`.trim()
		);
		expect(row!.body).toContain(`Ergebnis: ${decided.item.result}`);
		expect(row!.body).toContain(`Sitzung: ${String(decided.meeting.name).replace(/\s+/g, ' ')}`);
		expect(row!.url).toMatch(/^\/ratsinfo\/sitzungen\/[0-9a-f-]{36}#top-[0-9a-f-]{36}$/);
		expect(row!.date).toBe(String(decided.meeting.start).slice(0, 10));
	});

	it('writes nothing again when the same pages are indexed again', async () => {
		expect(outcomes.reduce((sum, outcome) => sum + outcome.indexed, 0)).toBeGreaterThan(0);
		const ids = (
			await db
				.select({ id: oparlObject.id })
				.from(oparlObject)
				.where(eq(oparlObject.sourceId, sourceId))
		).map((row) => row.id);
		expect(await indexOparlObjects(db, ids)).toEqual({ indexed: 0, removed: 0 });
	});
});
