import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../../db';
import {
	oparlBody,
	oparlConsultation,
	oparlFile,
	oparlMembership,
	oparlObject,
	oparlPaper,
	oparlPerson
} from '../schema';
import { storeFixtureObjects } from '../testing/seed-oparl';
import { OPARL_10_TYPES as T, useStoreObjectTestDatabase } from '../testing/store-object-fixtures';
import { storeOparlObject } from './store-object';

// One database for the file: each test stores into a source (and body URL) of its own.
const f = useStoreObjectTestDatabase();

describe('storeOparlObject: what it writes, and when not', () => {
	it('stores a paper with its embedded files and consultation, and placeholders for what it references', async () => {
		const [result] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper()]);
		expect(result!.outcome).toBe('created');
		expect(result!.type).toBe('paper');
		expect(result!.written).toBe(4);
		expect(result!.fileObjectIds).toHaveLength(2);

		const [row] = await db
			.select()
			.from(oparlPaper)
			.where(eq(oparlPaper.objectId, result!.objectId!));
		const mainFile = await f.objectRow(`${f.base}/file/1-3156`);
		expect(row).toMatchObject({
			bodyId: f.bodyId,
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
			.where(eq(oparlFile.objectId, (await f.objectRow(`${f.base}/file/1-3157`))!.id));
		expect(image!.downloadStatus).toBe('unavailable');

		// The embedded consultation lacks `paper` (as on Sternberg servers): its parent is the paper.
		const consultation = await f.objectRow(`${f.base}/consultation/1509`);
		const [projection] = await db
			.select()
			.from(oparlConsultation)
			.where(eq(oparlConsultation.objectId, consultation!.id));
		const meetingRow = await f.objectRow(`${f.base}/meeting/333`);
		const agendaItem = await f.objectRow(`${f.base}/agendaitem/3540`);
		const organization = await f.objectRow(`${f.base}/organization/1-9`);
		expect(projection).toMatchObject({
			paperId: result!.objectId,
			meetingId: meetingRow!.id,
			agendaItemId: agendaItem!.id,
			organizationIds: [organization!.id]
		});
		for (const placeholder of [meetingRow, agendaItem, organization]) {
			expect(placeholder).toMatchObject({ placeholder: true, raw: null, bodyId: f.bodyId });
		}
		expect(meetingRow!.type).toBe('meeting');
		expect(agendaItem!.type).toBe('agendaItem');
	});

	it('does not write an unchanged object again, and rewrites it when its content changes', async () => {
		const [first] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper()]);
		const before = await f.objectRow(`${f.base}/paper/782`);
		// The same JSON with keys in another order is the same content.
		const reordered = Object.fromEntries(Object.entries(f.paper()).reverse());
		const [again] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [reordered]);
		expect(again).toMatchObject({ outcome: 'unchanged', objectId: first!.objectId, written: 0 });
		expect(again!.changedObjectIds).toEqual([]);
		expect((await f.objectRow(`${f.base}/paper/782`))!.fetchedAt).toEqual(before!.fetchedAt);

		const [changed] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [
			f.paper({ name: 'Neuer Titel', modified: '2010-01-01T00:00:00+01:00' })
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
				.where(eq(oparlObject.oparlId, `${f.base}/paper/782`))
		).toHaveLength(1);
	});

	it('keeps a stored download unless the file moved', async () => {
		const [first] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper()]);
		const mainFileId = (await f.objectRow(`${f.base}/file/1-3156`))!.id;
		await db
			.update(oparlFile)
			.set({ downloadStatus: 'failed', downloadAttempts: 3 })
			.where(eq(oparlFile.objectId, mainFileId));

		await storeFixtureObjects(db, f.sourceId, f.bodyId, [f.paper({ name: 'Umbenannt' })]);
		const [kept] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, mainFileId));
		expect(kept).toMatchObject({ downloadStatus: 'failed', downloadAttempts: 3 });

		const moved = f.paper();
		moved.mainFile = { ...moved.mainFile, accessUrl: `${f.base}/files/NEW/Beschlussvorlage.pdf` };
		await storeFixtureObjects(db, f.sourceId, f.bodyId, [moved]);
		const [reset] = await db.select().from(oparlFile).where(eq(oparlFile.objectId, mainFileId));
		expect(reset).toMatchObject({ downloadStatus: 'pending', downloadAttempts: 0 });
		expect(first!.objectId).toBeTruthy();
	});

	it('stores persons with embedded memberships and keeps the board’s choices on the body', async () => {
		const [person] = await storeFixtureObjects(db, f.sourceId, f.bodyId, [
			{
				id: `${f.base}/person/13`,
				type: `${T}/Person`,
				body: f.base,
				name: 'Herr Peter Huppertz',
				familyName: 'Huppertz',
				givenName: 'Peter',
				formOfAddress: 'Herr',
				membership: [
					{
						id: `${f.base}/membership/9-2-1-13`,
						type: `${T}/Membership`,
						organization: `${f.base}/organization/2-1`,
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
		expect(projection).toMatchObject({
			familyName: 'Huppertz',
			formOfAddress: 'Herr',
			bodyId: f.bodyId
		});
		const [membership] = await db
			.select()
			.from(oparlMembership)
			.where(eq(oparlMembership.personId, person!.objectId!));
		expect(membership).toMatchObject({
			personId: person!.objectId,
			organizationId: (await f.objectRow(`${f.base}/organization/2-1`))!.id,
			role: 'Mitglied',
			endDate: '2009-10-20'
		});

		// Storing the Body again (next run) updates its fields but not `followed`.
		const [body] = await db.select().from(oparlBody).where(eq(oparlBody.objectId, f.bodyId));
		expect(body).toMatchObject({ followed: true });
		expect(body!.listUrls.paper).toBe(`${f.base}/paper`);
		await db.transaction((tx) =>
			storeOparlObject(
				tx,
				{ sourceId: f.sourceId, bodyId: null },
				{
					id: f.base,
					type: `${T}/Body`,
					name: 'Gemeinde Hürtgenwald',
					ags: '5358016',
					paper: `${f.base}/paper`
				}
			)
		);
		const [after] = await db.select().from(oparlBody).where(eq(oparlBody.objectId, f.bodyId));
		expect(after).toMatchObject({ followed: true, name: 'Gemeinde Hürtgenwald', ags: '5358016' });
	});
});
