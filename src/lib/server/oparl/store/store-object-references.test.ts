import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../../db';
import {
	oparlAgendaItem,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlObject,
	oparlPaper
} from '../schema';
import { storeFixtureObjects } from '../testing/seed-oparl';
import { OPARL_10_TYPES as T, useStoreObjectTestDatabase } from '../testing/store-object-fixtures';
import { storeOparlObject } from './store-object';

// One database for the file: each test stores into a source (and body URL) of its own.
const f = useStoreObjectTestDatabase();

describe('storeOparlObject: references, deletions and bad data', () => {
	it('fills placeholders with the real objects and resolves references both ways', async () => {
		await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper()]);
		const placeholderId = (await f.objectRow(`${f.base}/meeting/333`))!.id;
		const [stored] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [
			f.meeting(f.agendaItems())
		]);
		expect(stored!.objectId).toBe(placeholderId);
		expect(stored!.outcome).toBe('created');

		const [projection] = await db
			.select()
			.from(oparlMeeting)
			.where(eq(oparlMeeting.objectId, placeholderId));
		const organization = await f.objectRow(`${f.base}/organization/1-9`);
		expect(projection).toMatchObject({
			bodyId: f.bodyId,
			locationText: 'Großer Sitzungssaal, August-Scholl-Str. 5, 52393 Hürtgenwald',
			organizationIds: [organization!.id],
			cancelled: false
		});
		expect(projection!.start!.toISOString()).toBe('2007-01-23T17:00:00.000Z');

		// Agenda items without `meeting` and `order` take their meeting and position from the embedding.
		const items = await db
			.select()
			.from(oparlAgendaItem)
			.where(eq(oparlAgendaItem.meetingId, placeholderId))
			.orderBy(oparlAgendaItem.position);
		expect(items.map((item) => [item.number, item.position])).toEqual([
			['A', 0],
			['3.', 1]
		]);
		const consultation = await f.objectRow(`${f.base}/consultation/1509`);
		const agendaItem = await f.objectRow(`${f.base}/agendaitem/3540`);
		expect(agendaItem!.placeholder).toBe(false);
		expect(items[1]!.consultationId).toBe(consultation!.id);
		expect(items[1]!.objectId).toBe(agendaItem!.id);
	});

	it('marks an agenda item the meeting no longer lists as deleted', async () => {
		await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.meeting(f.agendaItems())]);
		const [result] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [
			f.meeting(f.agendaItems().slice(1))
		]);
		const dropped = await f.objectRow(`${f.base}/agendaitem/3539`);
		expect(dropped!.deleted).toBe(true);
		expect(result!.changedObjectIds).toContain(dropped!.id);
		expect(
			await db.select().from(oparlAgendaItem).where(eq(oparlAgendaItem.objectId, dropped!.id))
		).toEqual([]);
		expect((await f.objectRow(`${f.base}/agendaitem/3540`))!.deleted).toBe(false);
	});

	it('turns a tombstone without type into a deleted row and removes its projections and embedded objects', async () => {
		const [created] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper()]);
		const tombstone = {
			id: `${f.base}/paper/782`,
			created: '2009-12-17T15:55:45+01:00',
			modified: '2021-09-01T10:00:00+02:00',
			deleted: true
		};
		const result = await db.transaction((tx) =>
			storeOparlObject(tx, { sourceId: f.sourceId, bodyId: f.bodyId }, tombstone, {
				expectedType: 'paper'
			})
		);
		expect(result).toMatchObject({
			outcome: 'deleted',
			objectId: created!.objectId,
			type: 'paper'
		});
		expect(result.deleted).toBe(4);
		const embedded = await db
			.select({ id: oparlObject.id })
			.from(oparlObject)
			.where(eq(oparlObject.parentId, created!.objectId!));
		const ids = [created!.objectId!, ...embedded.map((row) => row.id)];
		expect(embedded).toHaveLength(3);
		expect(await db.select().from(oparlPaper).where(inArray(oparlPaper.objectId, ids))).toEqual([]);
		expect(await db.select().from(oparlFile).where(inArray(oparlFile.objectId, ids))).toEqual([]);
		expect(
			await db.select().from(oparlConsultation).where(inArray(oparlConsultation.objectId, ids))
		).toEqual([]);
		const row = await f.objectRow(`${f.base}/paper/782`);
		expect(row).toMatchObject({ deleted: true, raw: tombstone });
		expect((await f.objectRow(`${f.base}/file/1-3156`))!.deleted).toBe(true);
		// A tombstone is no missing type: nothing is reported.
		expect(await f.problems()).toEqual([]);

		// Unknown tombstones are stored too, so a later run knows the object is gone.
		const unknown = await db.transaction((tx) =>
			storeOparlObject(
				tx,
				{ sourceId: f.sourceId, bodyId: f.bodyId },
				{ ...tombstone, id: `${f.base}/paper/9` },
				{ expectedType: 'paper' }
			)
		);
		expect(unknown.outcome).toBe('deleted');
	});

	it('records bad data as problems with the URL and keeps the rest', async () => {
		const reportedOnce = new Set<string>();
		const context = { sourceId: f.sourceId, bodyId: f.bodyId, reportedOnce };
		const results = await db.transaction(async (tx) => [
			// Missing type in a paper list: stored as a paper.
			await storeOparlObject(
				tx,
				context,
				{ ...f.paper(), type: undefined },
				{ expectedType: 'paper' }
			),
			// Epoch creation date, a broken link, a vendor field, a number as a date.
			await storeOparlObject(tx, context, {
				id: `${f.base}/organization/1-3`,
				type: `${T}/Organization`,
				name: 'Rat der Gemeinde',
				created: '1970-01-01T00:00:00+01:00',
				startDate: 20200101,
				website: 'not a url',
				'STERNBERG:sortierung': 1
			}),
			await storeOparlObject(tx, context, {
				id: `${f.base}/organization/1-4`,
				type: `${T}/Organization`,
				name: 'Hauptausschuss',
				'STERNBERG:sortierung': 2
			}),
			// No id at all; not an object at all.
			await storeOparlObject(
				tx,
				context,
				{ type: `${T}/Paper`, name: 'ohne id' },
				{ foundAt: `${f.base}/paper?page=3` }
			),
			await storeOparlObject(tx, context, 'kaputt', { foundAt: `${f.base}/paper?page=3` })
		]);
		expect(results.map((result) => result.outcome)).toEqual([
			'created',
			'created',
			'created',
			'skipped',
			'skipped'
		]);
		const organization = await f.objectRow(`${f.base}/organization/1-3`);
		expect(organization!.created).toBeNull();
		const found = (await f.problems()).map((problem) => [problem.kind, problem.url]);
		expect(found).toEqual(
			expect.arrayContaining([
				['missing_type', `${f.base}/paper/782`],
				['invalid_date', `${f.base}/organization/1-3`],
				['vendor_field', `${f.base}/organization/1-3`],
				['missing_field', `${f.base}/paper?page=3`],
				['invalid_value', `${f.base}/paper?page=3`]
			])
		);
		// Reported once per run, not per object.
		expect(found.filter(([kind]) => kind === 'vendor_field')).toHaveLength(1);
		expect((await f.problems()).every((problem) => problem.message.length > 10)).toBe(true);
	});
});
