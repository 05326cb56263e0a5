import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { OparlObjectType } from '$lib/shared/oparl';
import { db } from '../db';
import { storeDocument } from '../files/store-file';
import { storeImage } from '../files/store-image';
import { oparlBody, oparlFile, oparlObject, oparlSource } from '../oparl/schema';
import { indexOparlObjects } from '../oparl/search/index-oparl-objects';
import { storeOparlObject } from '../oparl/store/store-object';
import { storeOparlPage } from '../oparl/store/store-page';
import { HUERTGENWALD_FIXTURE_DIR } from '../oparl/testing/fixture-paths';
import { TEST_JPEG, textPdf } from '../oparl/testing/test-file-bytes';
import {
	DEMO_RATSINFO_API,
	DEMO_RATSINFO_FIXTURE_API,
	DEMO_RATSINFO_SELECTION as SELECTION,
	DEMO_RATSINFO_SOURCE_NAME,
	DEMO_RATSINFO_WEEKS_AHEAD
} from './data/ratsinfo';
import type { DemoSeed } from './types';

type Raw = Record<string, unknown>;

const DATE_FIELDS = new Set([
	'created',
	'modified',
	'date',
	'start',
	'end',
	'startDate',
	'endDate'
]);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function readList(file: string): Raw[] {
	const json = JSON.parse(fs.readFileSync(path.join(HUERTGENWALD_FIXTURE_DIR, file), 'utf8'));
	return (json.data ?? (Array.isArray(json) ? json : [json])) as Raw[];
}

/**
 * Moves a fixture date by whole weeks in Berlin wall-clock time (a meeting at 18:00 stays on its
 * weekday at 18:00 across clock changes); the epoch placeholders stay as the server sent them,
 * and no object was created or modified after the seeding.
 */
function shiftDate(key: string, value: string, days: number, now: Date): string {
	if (value.startsWith('1970')) return value;
	if (/^\d{4}-\d\d-\d\d$/.test(value))
		return DateTime.fromISO(value, { zone: 'utc' }).plus({ days }).toISODate() ?? value;
	const parsed = DateTime.fromISO(value, { setZone: true });
	if (!parsed.isValid) return value;
	let moved = parsed.setZone('Europe/Berlin').plus({ days });
	if ((key === 'created' || key === 'modified') && moved.toJSDate() > now)
		moved = DateTime.fromJSDate(now).setZone('Europe/Berlin');
	return moved.toISO({ suppressMilliseconds: true }) ?? value;
}

function demoCopy(value: unknown, days: number, now: Date, key?: string): unknown {
	if (typeof value === 'string') {
		if (key && DATE_FIELDS.has(key)) return shiftDate(key, value, days, now);
		return value.startsWith(DEMO_RATSINFO_FIXTURE_API)
			? DEMO_RATSINFO_API + value.slice(DEMO_RATSINFO_FIXTURE_API.length)
			: value;
	}
	if (Array.isArray(value)) return value.map((entry) => demoCopy(entry, days, now, key));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([field, entry]) => [field, demoCopy(entry, days, now, field)])
		);
	return value;
}

/** The demo's slice of the fixture, before moving it in time. */
function selection() {
	const meetings = SELECTION.meetings
		.flatMap(readList)
		.filter((m) => !m.deleted && String(m.start ?? '') >= SELECTION.meetingsFrom);
	const papers = SELECTION.papers
		.flatMap(readList)
		.filter((p) => !p.deleted)
		.slice(0, SELECTION.paperLimit);
	// Mandates of the demo's months only: half the memberships, a much faster seeding.
	const current = (m: Raw) => !m.endDate || String(m.endDate) >= SELECTION.meetingsFrom;
	const persons = SELECTION.persons.flatMap(readList).map((person) => ({
		...person,
		membership: ((person.membership ?? []) as Raw[]).filter(current)
	}));
	const kept = new Set(persons.flatMap((person) => person.membership.map((m) => m.id)));
	const organizations = SELECTION.organizations.flatMap(readList).map((organization) => ({
		...organization,
		membership: ((organization.membership ?? []) as string[]).filter((id) => kept.has(id))
	}));
	return {
		system: JSON.parse(fs.readFileSync(path.join(HUERTGENWALD_FIXTURE_DIR, 'system.json'), 'utf8')),
		body: readList('body.json')[0]!,
		lists: [
			['organization', organizations],
			['person', persons],
			['meeting', meetings],
			['paper', papers]
		] as Array<[OparlObjectType, Raw[]]>
	};
}

/** Whole weeks that put the newest demo meeting DEMO_RATSINFO_WEEKS_AHEAD weeks after `anchor`. */
function shiftDays(meetings: Raw[], anchor: Date): number {
	const newest = Math.max(...meetings.map((m) => Date.parse(String(m.start))));
	const weeks = Math.round(
		(anchor.getTime() + DEMO_RATSINFO_WEEKS_AHEAD * WEEK_MS - newest) / WEEK_MS
	);
	return weeks * 7;
}

/** Files found in the stored objects, by OParl id, with the paper or meeting they came in. */
function filesIn(objects: Raw[]): Map<string, { file: Raw; parent: Raw }> {
	const files = new Map<string, { file: Raw; parent: Raw }>();
	const visit = (value: unknown, parent: Raw) => {
		if (Array.isArray(value)) return value.forEach((entry) => visit(entry, parent));
		if (!value || typeof value !== 'object') return;
		const object = value as Raw;
		if (String(object.type ?? '').endsWith('/File') && typeof object.id === 'string')
			files.set(object.id, { file: object, parent });
		for (const child of Object.values(object)) visit(child, parent);
	};
	for (const object of objects) visit(object, object);
	return files;
}

/**
 * Council files have no bytes in the fixture: each gets a small PDF with its name and its paper's
 * reference and title as text (JPEGs stay JPEGs), stored like a download, so the demo's file
 * links, extracted texts and search work, and no download job ever reaches for the real server.
 */
async function storeDemoFiles(sourceId: string, rawFiles: Map<string, { file: Raw; parent: Raw }>) {
	const pending = await db
		.select({ id: oparlFile.objectId, oparlId: oparlObject.oparlId })
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlFile.downloadStatus, 'pending')));
	for (const row of pending) {
		const raw = rawFiles.get(row.oparlId);
		if (!raw) continue;
		const { file, parent } = raw;
		const stored =
			file.mimeType === 'image/jpeg'
				? await storeImage(TEST_JPEG)
				: await storeDocument(
						textPdf(
							[file.name, parent.reference, parent.name]
								.filter((line) => typeof line === 'string')
								.join('\n')
						)
					);
		await db
			.update(oparlFile)
			.set({ downloadStatus: 'stored', sha256: stored.sha256, downloadAttempts: 1 })
			.where(eq(oparlFile.objectId, row.id));
	}
	return pending.map((row) => row.id);
}

/**
 * A followed council imported from the fixture through `storeOparlObject`, as a sync would store
 * it (without HTTP): Gremien, persons with memberships, meetings with agenda items and papers
 * with consultations and files, indexed for the search. Idempotent: the time shift is anchored
 * at the source's creation, so a second seeding finds every object unchanged.
 */
export const seedRatsinfo: DemoSeed = {
	name: 'Ratsinfo',
	async seed() {
		if (!fs.existsSync(HUERTGENWALD_FIXTURE_DIR)) {
			console.warn(`Demo-Ratsinfo übersprungen: ${HUERTGENWALD_FIXTURE_DIR} fehlt.`);
			return;
		}
		const systemUrl = `${DEMO_RATSINFO_API}/system`;
		const data = selection();
		await db
			.insert(oparlSource)
			.values({
				systemUrl,
				name: DEMO_RATSINFO_SOURCE_NAME,
				oparlVersion: '1.0',
				vendor: String(data.system.vendor ?? ''),
				product: String(data.system.product ?? ''),
				website: String(data.system.website ?? ''),
				// Its host never resolves: a scheduled sync could only collect errors.
				enabled: false
			})
			.onConflictDoNothing();
		const [source] = await db
			.select({ id: oparlSource.id, createdAt: oparlSource.createdAt })
			.from(oparlSource)
			.where(eq(oparlSource.systemUrl, systemUrl));
		const sourceId = source!.id;
		// Anchored at the source's creation, not at this start: the same shift every time.
		const anchor = source!.createdAt;
		const days = shiftDays(data.lists.find(([type]) => type === 'meeting')![1], anchor);
		const copy = (raw: Raw) => demoCopy(raw, days, anchor) as Raw;

		const stored: Raw[] = [];
		const changed = await db.transaction(async (tx) => {
			const ids: string[] = [];
			await storeOparlObject(tx, { sourceId, bodyId: null }, copy(data.system));
			const body = await storeOparlObject(tx, { sourceId, bodyId: null }, copy(data.body), {
				expectedType: 'body'
			});
			const bodyId = body.objectId!;
			await tx.update(oparlBody).set({ followed: true }).where(eq(oparlBody.objectId, bodyId));
			const context = { sourceId, bodyId, reportedOnce: new Set<string>() };
			// A list at a time, as the sync stores a page.
			for (const [expectedType, items] of data.lists) {
				const objects = items.map(copy);
				stored.push(...objects);
				const result = await storeOparlPage(
					tx,
					context,
					objects.map((raw) => ({ raw, expectedType }))
				);
				ids.push(...result.changedObjectIds);
			}
			return ids;
		});
		const files = await storeDemoFiles(sourceId, filesIn(stored));
		if (changed.length > 0 || files.length > 0) await indexOparlObjects(db, [...changed, ...files]);
	}
};

/** For tests: the demo source's row id, if seeded. */
export async function demoRatsinfoSourceId(): Promise<string | null> {
	const [row] = await db
		.select({ id: oparlSource.id })
		.from(oparlSource)
		.where(inArray(oparlSource.systemUrl, [`${DEMO_RATSINFO_API}/system`]));
	return row?.id ?? null;
}
