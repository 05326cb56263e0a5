import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlMembership,
	oparlObject,
	oparlPaper,
	oparlPerson,
	oparlProblem
} from '../schema';
import { createOparlSourceWithBody, storeFixtureObjects } from '../testing/seed-oparl';
import { storeOparlObject } from './store-object';

const T = 'https://schema.oparl.org/1.0';
let sourceId: string;
let bodyId: string;
let base: string;

// One database for the file: each test stores into a source (and body URL) of its own.
beforeAll(async () => {
	await createTestDatabase();
});

beforeEach(async () => {
	({ sourceId, bodyId, base } = await createOparlSourceWithBody(db, { oparlVersion: '1.0' }));
});

/** A paper shaped like the Hürtgenwald fixture's (Sternberg): files and consultation embedded. */
function paper(overrides: Record<string, unknown> = {}) {
	return {
		id: `${base}/paper/782`,
		type: `${T}/Paper`,
		body: base,
		name: 'Regelförderung der Vereine; \nhier: Neuverteilung',
		reference: '159/2006',
		date: '2007-01-23',
		paperType: 'Beschlussvorlage',
		mainFile: {
			id: `${base}/file/1-3156`,
			type: `${T}/File`,
			name: 'Beschlussvorlage',
			mimeType: 'application/pdf',
			date: '2007-01-23',
			accessUrl: `${base}/files/TOKEN/Beschlussvorlage_159-2006.pdf`,
			downloadUrl: `${base}/files/download/TOKEN/Beschlussvorlage_159-2006.pdf`
		},
		auxiliaryFile: [
			{ id: `${base}/file/1-3157`, type: `${T}/File`, name: 'Lageplan', mimeType: 'image/jpeg' }
		],
		consultation: [
			{
				id: `${base}/consultation/1509`,
				type: `${T}/Consultation`,
				agendaItem: `${base}/agendaitem/3540`,
				meeting: `${base}/meeting/333`,
				organization: [`${base}/organization/1-9`]
			}
		],
		created: '2009-12-17T15:55:45+01:00',
		modified: '2009-12-17T15:55:45+01:00',
		web: 'https://ris.example.test/vorgang/?__=abc',
		...overrides
	};
}

function meeting(agendaItems: Record<string, unknown>[]) {
	return {
		id: `${base}/meeting/333`,
		type: `${T}/Meeting`,
		body: base,
		name: 'Ausschuss für Jugend, Kultur und Vereine',
		start: '2007-01-23T18:00:00+01:00',
		end: '2007-01-23T19:00:00+01:00',
		location: {
			id: `${base}/location/2-1`,
			type: `${T}/Location`,
			room: 'Großer Sitzungssaal',
			streetAddress: 'August-Scholl-Str. 5',
			postalCode: '52393\u00a0',
			locality: 'Hürtgenwald'
		},
		organization: [`${base}/organization/1-9`],
		agendaItem: agendaItems,
		created: '2009-12-17T15:55:45+01:00',
		modified: '2010-01-02T10:00:00+01:00'
	};
}

const agendaItems = () => [
	{
		id: `${base}/agendaitem/3539`,
		type: `${T}/AgendaItem`,
		number: 'A',
		name: 'Öffentliche Sitzung'
	},
	{
		id: `${base}/agendaitem/3540`,
		type: `${T}/AgendaItem`,
		number: '3.',
		name: 'Regelförderung der Vereine',
		consultation: `${base}/consultation/1509`,
		resolutionFile: { id: `${base}/file/1-4145`, type: `${T}/File`, name: 'Beschlusstext' }
	}
];

async function objectRow(url: string) {
	const [row] = await db
		.select()
		.from(oparlObject)
		.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.oparlId, url)));
	return row;
}

async function problems() {
	return db.select().from(oparlProblem).where(eq(oparlProblem.sourceId, sourceId));
}

describe('storeOparlObject', () => {
	it('stores a paper with its embedded files and consultation, and placeholders for what it references', async () => {
		const [result] = await storeFixtureObjects(db, sourceId, bodyId, [paper()]);
		expect(result!.outcome).toBe('created');
		expect(result!.type).toBe('paper');
		expect(result!.written).toBe(4);
		expect(result!.fileObjectIds).toHaveLength(2);

		const [row] = await db
			.select()
			.from(oparlPaper)
			.where(eq(oparlPaper.objectId, result!.objectId!));
		const mainFile = await objectRow(`${base}/file/1-3156`);
		expect(row).toMatchObject({
			bodyId,
			reference: '159/2006',
			date: '2007-01-23',
			paperType: 'Beschlussvorlage',
			mainFileId: mainFile!.id,
			webUrl: 'https://ris.example.test/vorgang/?__=abc'
		});
		expect(mainFile).toMatchObject({
			parentId: result!.objectId,
			placeholder: false,
			type: 'file'
		});
		const [file] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, mainFile!.id));
		expect(file).toMatchObject({ mimeType: 'application/pdf', downloadStatus: 'pending' });
		const [image] = await db
			.select()
			.from(oparlFile)
			.where(eq(oparlFile.objectId, (await objectRow(`${base}/file/1-3157`))!.id));
		expect(image!.downloadStatus).toBe('unavailable');

		// The embedded consultation lacks `paper` (as on Sternberg servers): its parent is the paper.
		const consultation = await objectRow(`${base}/consultation/1509`);
		const [projection] = await db
			.select()
			.from(oparlConsultation)
			.where(eq(oparlConsultation.objectId, consultation!.id));
		const meetingRow = await objectRow(`${base}/meeting/333`);
		const agendaItem = await objectRow(`${base}/agendaitem/3540`);
		const organization = await objectRow(`${base}/organization/1-9`);
		expect(projection).toMatchObject({
			paperId: result!.objectId,
			meetingId: meetingRow!.id,
			agendaItemId: agendaItem!.id,
			organizationIds: [organization!.id]
		});
		for (const placeholder of [meetingRow, agendaItem, organization]) {
			expect(placeholder).toMatchObject({ placeholder: true, raw: null, bodyId });
		}
		expect(meetingRow!.type).toBe('meeting');
		expect(agendaItem!.type).toBe('agendaItem');
	});

	it('does not write an unchanged object again, and rewrites it when its content changes', async () => {
		const [first] = await storeFixtureObjects(db, sourceId, bodyId, [paper()]);
		const before = await objectRow(`${base}/paper/782`);
		// The same JSON with keys in another order is the same content.
		const reordered = Object.fromEntries(Object.entries(paper()).reverse());
		const [again] = await storeFixtureObjects(db, sourceId, bodyId, [reordered]);
		expect(again).toMatchObject({ outcome: 'unchanged', objectId: first!.objectId, written: 0 });
		expect(again!.changedObjectIds).toEqual([]);
		expect((await objectRow(`${base}/paper/782`))!.fetchedAt).toEqual(before!.fetchedAt);

		const [changed] = await storeFixtureObjects(db, sourceId, bodyId, [
			paper({ name: 'Neuer Titel', modified: '2010-01-01T00:00:00+01:00' })
		]);
		expect(changed!.outcome).toBe('updated');
		const [row] = await db
			.select()
			.from(oparlPaper)
			.where(eq(oparlPaper.objectId, first!.objectId!));
		expect(row!.name).toBe('Neuer Titel');
		expect(
			await db
				.select()
				.from(oparlObject)
				.where(eq(oparlObject.oparlId, `${base}/paper/782`))
		).toHaveLength(1);
	});

	it('fills placeholders with the real objects and resolves references both ways', async () => {
		await storeFixtureObjects(db, sourceId, bodyId, [paper()]);
		const placeholderId = (await objectRow(`${base}/meeting/333`))!.id;
		const [stored] = await storeFixtureObjects(db, sourceId, bodyId, [meeting(agendaItems())]);
		expect(stored!.objectId).toBe(placeholderId);
		expect(stored!.outcome).toBe('created');

		const [projection] = await db
			.select()
			.from(oparlMeeting)
			.where(eq(oparlMeeting.objectId, placeholderId));
		const organization = await objectRow(`${base}/organization/1-9`);
		expect(projection).toMatchObject({
			bodyId,
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
		const consultation = await objectRow(`${base}/consultation/1509`);
		const agendaItem = await objectRow(`${base}/agendaitem/3540`);
		expect(agendaItem!.placeholder).toBe(false);
		expect(items[1]!.consultationId).toBe(consultation!.id);
		expect(items[1]!.objectId).toBe(agendaItem!.id);
	});

	it('marks an agenda item the meeting no longer lists as deleted', async () => {
		await storeFixtureObjects(db, sourceId, bodyId, [meeting(agendaItems())]);
		const [result] = await storeFixtureObjects(db, sourceId, bodyId, [
			meeting(agendaItems().slice(1))
		]);
		const dropped = await objectRow(`${base}/agendaitem/3539`);
		expect(dropped!.deleted).toBe(true);
		expect(result!.changedObjectIds).toContain(dropped!.id);
		expect(
			await db.select().from(oparlAgendaItem).where(eq(oparlAgendaItem.objectId, dropped!.id))
		).toEqual([]);
		expect((await objectRow(`${base}/agendaitem/3540`))!.deleted).toBe(false);
	});

	it('turns a tombstone without type into a deleted row and removes its projections and embedded objects', async () => {
		const [created] = await storeFixtureObjects(db, sourceId, bodyId, [paper()]);
		const tombstone = {
			id: `${base}/paper/782`,
			created: '2009-12-17T15:55:45+01:00',
			modified: '2021-09-01T10:00:00+02:00',
			deleted: true
		};
		const result = await db.transaction((tx) =>
			storeOparlObject(tx, { sourceId, bodyId }, tombstone, { expectedType: 'paper' })
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
		const row = await objectRow(`${base}/paper/782`);
		expect(row).toMatchObject({ deleted: true, raw: tombstone });
		expect((await objectRow(`${base}/file/1-3156`))!.deleted).toBe(true);
		// A tombstone is no missing type: nothing is reported.
		expect(await problems()).toEqual([]);

		// Unknown tombstones are stored too, so a later run knows the object is gone.
		const unknown = await db.transaction((tx) =>
			storeOparlObject(
				tx,
				{ sourceId, bodyId },
				{ ...tombstone, id: `${base}/paper/9` },
				{ expectedType: 'paper' }
			)
		);
		expect(unknown.outcome).toBe('deleted');
	});

	it('records bad data as problems with the URL and keeps the rest', async () => {
		const reportedOnce = new Set<string>();
		const context = { sourceId, bodyId, reportedOnce };
		const results = await db.transaction(async (tx) => [
			// Missing type in a paper list: stored as a paper.
			await storeOparlObject(
				tx,
				context,
				{ ...paper(), type: undefined },
				{ expectedType: 'paper' }
			),
			// Epoch creation date, a broken link, a vendor field, a number as a date.
			await storeOparlObject(tx, context, {
				id: `${base}/organization/1-3`,
				type: `${T}/Organization`,
				name: 'Rat der Gemeinde',
				created: '1970-01-01T00:00:00+01:00',
				startDate: 20200101,
				website: 'not a url',
				'STERNBERG:sortierung': 1
			}),
			await storeOparlObject(tx, context, {
				id: `${base}/organization/1-4`,
				type: `${T}/Organization`,
				name: 'Hauptausschuss',
				'STERNBERG:sortierung': 2
			}),
			// No id at all; not an object at all.
			await storeOparlObject(
				tx,
				context,
				{ type: `${T}/Paper`, name: 'ohne id' },
				{ foundAt: `${base}/paper?page=3` }
			),
			await storeOparlObject(tx, context, 'kaputt', { foundAt: `${base}/paper?page=3` })
		]);
		expect(results.map((result) => result.outcome)).toEqual([
			'created',
			'created',
			'created',
			'skipped',
			'skipped'
		]);
		const organization = await objectRow(`${base}/organization/1-3`);
		expect(organization!.created).toBeNull();
		const found = (await problems()).map((problem) => [problem.kind, problem.url]);
		expect(found).toEqual(
			expect.arrayContaining([
				['missing_type', `${base}/paper/782`],
				['invalid_date', `${base}/organization/1-3`],
				['vendor_field', `${base}/organization/1-3`],
				['missing_field', `${base}/paper?page=3`],
				['invalid_value', `${base}/paper?page=3`]
			])
		);
		// Reported once per run, not per object.
		expect(found.filter(([kind]) => kind === 'vendor_field')).toHaveLength(1);
		expect((await problems()).every((problem) => problem.message.length > 10)).toBe(true);
	});

	it('keeps a stored download unless the file moved', async () => {
		const [first] = await storeFixtureObjects(db, sourceId, bodyId, [paper()]);
		const mainFileId = (await objectRow(`${base}/file/1-3156`))!.id;
		await db
			.update(oparlFile)
			.set({ downloadStatus: 'failed', downloadAttempts: 3 })
			.where(eq(oparlFile.objectId, mainFileId));

		await storeFixtureObjects(db, sourceId, bodyId, [paper({ name: 'Umbenannt' })]);
		const [kept] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, mainFileId));
		expect(kept).toMatchObject({ downloadStatus: 'failed', downloadAttempts: 3 });

		const moved = paper();
		moved.mainFile = { ...moved.mainFile, accessUrl: `${base}/files/NEW/Beschlussvorlage.pdf` };
		await storeFixtureObjects(db, sourceId, bodyId, [moved]);
		const [reset] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, mainFileId));
		expect(reset).toMatchObject({ downloadStatus: 'pending', downloadAttempts: 0 });
		expect(first!.objectId).toBeTruthy();
	});

	it('stores persons with embedded memberships and keeps the board’s choices on the body', async () => {
		const [person] = await storeFixtureObjects(db, sourceId, bodyId, [
			{
				id: `${base}/person/13`,
				type: `${T}/Person`,
				body: base,
				name: 'Herr Peter Huppertz',
				familyName: 'Huppertz',
				givenName: 'Peter',
				formOfAddress: 'Herr',
				membership: [
					{
						id: `${base}/membership/9-2-1-13`,
						type: `${T}/Membership`,
						organization: `${base}/organization/2-1`,
						role: 'Mitglied',
						startDate: '2002-05-16',
						endDate: '2009-10-20',
						'STERNBERG:sortierung': 1
					}
				]
			}
		]);
		const [projection] = await db
			.select()
			.from(oparlPerson)
			.where(eq(oparlPerson.objectId, person!.objectId!));
		expect(projection).toMatchObject({ familyName: 'Huppertz', formOfAddress: 'Herr', bodyId });
		const [membership] = await db
			.select()
			.from(oparlMembership)
			.where(eq(oparlMembership.personId, person!.objectId!));
		expect(membership).toMatchObject({
			personId: person!.objectId,
			organizationId: (await objectRow(`${base}/organization/2-1`))!.id,
			role: 'Mitglied',
			endDate: '2009-10-20'
		});

		// Storing the Body again (next run) updates its fields but not `followed`.
		const [body] = await db.select().from(oparlBody).where(eq(oparlBody.objectId, bodyId));
		expect(body).toMatchObject({ followed: true });
		expect(body!.listUrls.paper).toBe(`${base}/paper`);
		await db.transaction((tx) =>
			storeOparlObject(
				tx,
				{ sourceId, bodyId: null },
				{
					id: base,
					type: `${T}/Body`,
					name: 'Gemeinde Hürtgenwald',
					ags: '5358016',
					paper: `${base}/paper`
				}
			)
		);
		const [after] = await db.select().from(oparlBody).where(eq(oparlBody.objectId, bodyId));
		expect(after).toMatchObject({ followed: true, name: 'Gemeinde Hürtgenwald', ags: '5358016' });
	});
});
