import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { storedFile } from '../../files/schema';
import { searchDocument } from '../../search/schema';
import { loadStateData } from '../../territory/load-state-data';
import { body, organization, territorialUnit } from '../../territory/schema';
import { createTestDatabase } from '../../testing/test-db';
import { oparlAgendaItem, oparlBody, oparlMeeting, oparlObject, oparlPaper } from '../schema';
import {
	indexOparlObjects,
	reindexOparlBodies,
	reindexOparlObjectsWithFile,
	removeOrphanOparlDocuments
} from './index-oparl-objects';
import { CouncilRows } from './testing/council-rows';

let council: CouncilRows;
let gemeinde: { bodyId: string; councilId: string; classification: string | null };

const TEXT_SHA = 'a'.repeat(64);

beforeAll(async () => {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	// A Gemeinde of Vorpommern-Greifswald (13075): its district comes from the Landkreis above it.
	const [row] = await db
		.select({
			bodyId: body.id,
			councilId: organization.id,
			classification: organization.classification
		})
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(
			and(
				eq(organization.organizationType, 'council'),
				eq(territorialUnit.kind, 'gemeinde'),
				sql`${territorialUnit.ags} LIKE '13075%'`
			)
		)
		.limit(1);
	gemeinde = row!;
	council = await CouncilRows.create({ directoryBodyId: gemeinde.bodyId });
	await db.insert(storedFile).values({
		sha256: TEXT_SHA,
		size: 1000,
		mediaType: 'application/pdf',
		textStatus: 'done',
		text: 'Die Gemeinde prüft eine Photovoltaikanlage auf dem Dach der Grundschule.'
	});
});

async function documentOf(type: string, id: string) {
	const [row] = await db
		.select()
		.from(searchDocument)
		.where(and(eq(searchDocument.type, type), eq(searchDocument.sourceId, id)));
	return row;
}

/** A paper consulted in a committee meeting, with a main file whose text is known. */
async function consultedPaper(name = 'Solaranlage auf der Grundschule') {
	const committee = await council.organization('Bauausschuss');
	const meeting = await council.meeting({
		name: 'Bauausschuss (5. Sitzung)',
		start: new Date('2025-03-12T17:00:00Z'),
		locationText: 'Rathaus, Sitzungssaal',
		organizationIds: [committee]
	});
	const item = await council.agendaItem(meeting, {
		number: 'Ö 5',
		name,
		result: 'einstimmig empfohlen',
		position: 5
	});
	const paper = await council.paper({
		name,
		reference: 'VO/2025/017',
		paperType: 'Beschlussvorlage',
		date: '2025-02-20'
	});
	const consultation = await council.consultation(paper, {
		meetingId: meeting,
		agendaItemId: item,
		role: 'Vorberatung',
		organizationIds: [committee]
	});
	const file = await council.file(paper, {
		name: 'Beschlussvorlage',
		downloadStatus: 'stored',
		sha256: TEXT_SHA
	});
	await db.update(oparlPaper).set({ mainFileId: file }).where(eq(oparlPaper.objectId, paper));
	return { committee, meeting, item, paper, consultation, file };
}

describe('indexOparlObjects', () => {
	it('writes a paper with its consultations, file text and place facets, public', async () => {
		const { paper, meeting, item, consultation, file, committee } = await consultedPaper(
			'Solaranlage auf der\nGrundschule'
		);
		// The sync passes whatever a page changed, embedded objects included.
		await indexOparlObjects(db, [paper, meeting, item, consultation, file, committee]);

		const row = await documentOf('paper', paper);
		expect(row).toMatchObject({
			title: 'VO/2025/017 – Solaranlage auf der Grundschule',
			url: `/ratsinfo/vorlagen/${paper}`,
			date: '2025-02-20',
			kind: 'Beschlussvorlage',
			districtAgs: '13075',
			councilType: gemeinde.classification,
			organizationId: gemeinde.councilId,
			oparlBodyId: council.bodyId,
			access: 'public',
			readerFactionIds: [],
			readerUserIds: []
		});
		// Names broken over lines by the source read on one line (title highlights need it).
		expect(row!.body).toContain('Beschlussvorlage: Solaranlage auf der Grundschule.\n');
		expect(row!.body).toContain(
			'Beratung: Bauausschuss, 12. März 2025 (Vorberatung): einstimmig empfohlen.'
		);
		expect(row!.attachmentText).toContain('Photovoltaikanlage');

		expect(await documentOf('meeting', meeting)).toMatchObject({
			title: 'Bauausschuss (5. Sitzung)',
			url: `/ratsinfo/sitzungen/${meeting}`,
			date: '2025-03-12',
			status: null,
			oparlBodyId: council.bodyId,
			access: 'public'
		});
		const meetingRow = await documentOf('meeting', meeting);
		expect(meetingRow!.body).toBe(
			'Bauausschuss.\nMittwoch, 12. März 2025 um 18:00.\nRathaus, Sitzungssaal.'
		);

		const itemRow = await documentOf('agendaItem', item);
		expect(itemRow).toMatchObject({
			title: 'Ö 5 Solaranlage auf der Grundschule',
			url: `/ratsinfo/sitzungen/${meeting}#top-${item}`,
			date: '2025-03-12',
			access: 'public'
		});
		expect(itemRow!.body).toContain('Sitzung: Bauausschuss (5. Sitzung)');
		expect(itemRow!.body).toContain('Ergebnis: einstimmig empfohlen');
	});

	it('follows a changed agenda item to the paper consulted under it, in a transaction', async () => {
		const { paper, item } = await consultedPaper('Radweg nach Neudorf');
		await indexOparlObjects(db, [paper, item]);
		await db
			.update(oparlAgendaItem)
			.set({ result: 'abgelehnt' })
			.where(eq(oparlAgendaItem.objectId, item));
		await db.transaction((tx) => indexOparlObjects(tx, [item]));
		expect((await documentOf('paper', paper))!.body).toContain(': abgelehnt');
		expect((await documentOf('agendaItem', item))!.body).toContain('Ergebnis: abgelehnt');
	});

	it('follows a renamed meeting to its agenda items and marks a cancelled one', async () => {
		const { meeting, item } = await consultedPaper('Spielplatz am See');
		await indexOparlObjects(db, [meeting]);
		expect((await documentOf('agendaItem', item))!.body).toContain('Bauausschuss (5. Sitzung)');
		await db
			.update(oparlMeeting)
			.set({ name: 'Bauausschuss (Sondersitzung)', cancelled: true })
			.where(eq(oparlMeeting.objectId, meeting));
		await indexOparlObjects(db, [meeting]);
		expect(await documentOf('meeting', meeting)).toMatchObject({
			title: 'Bauausschuss (Sondersitzung)',
			status: 'cancelled'
		});
		expect((await documentOf('meeting', meeting))!.body).toContain('Die Sitzung fällt aus.');
		expect((await documentOf('agendaItem', item))!.body).toContain('Bauausschuss (Sondersitzung)');
	});

	it('removes the rows of deleted objects and never writes placeholders', async () => {
		const { paper, meeting, item } = await consultedPaper('Friedhofssatzung');
		await indexOparlObjects(db, [paper, meeting]);
		expect(await documentOf('agendaItem', item)).toBeDefined();

		// A tombstone: the store marks the object deleted and drops its projection.
		await db.delete(oparlPaper).where(eq(oparlPaper.objectId, paper));
		await db.update(oparlObject).set({ deleted: true }).where(eq(oparlObject.id, paper));
		await db.delete(oparlMeeting).where(eq(oparlMeeting.objectId, meeting));
		await db.update(oparlObject).set({ deleted: true }).where(eq(oparlObject.id, meeting));
		const outcome = await indexOparlObjects(db, [paper, meeting]);
		expect(outcome.removed).toBe(3);
		expect(await documentOf('paper', paper)).toBeUndefined();
		expect(await documentOf('meeting', meeting)).toBeUndefined();
		// Its agenda items go with the meeting: their page is gone.
		expect(await documentOf('agendaItem', item)).toBeUndefined();

		const placeholder = await council.object('paper', { placeholder: true });
		await indexOparlObjects(db, [placeholder]);
		expect(await documentOf('paper', placeholder)).toBeUndefined();
	});

	it('leaves unchanged rows alone, so saved-search alerts do not see them as new', async () => {
		const { paper } = await consultedPaper('Straßenbeleuchtung');
		await indexOparlObjects(db, [paper]);
		const before = (await documentOf('paper', paper))!.modifiedAt;
		const again = await indexOparlObjects(db, [paper]);
		expect(again.indexed).toBe(0);
		expect((await documentOf('paper', paper))!.modifiedAt).toEqual(before);
	});

	it('dates an undated paper by its creation, ignoring the 1970 placeholder of some servers', async () => {
		const epoch = await council.paper(
			{ name: 'Ohne Datum', reference: 'X/1' },
			{ created: new Date('1970-01-01T00:00:00+01:00'), modified: new Date('2021-09-06T10:00:00Z') }
		);
		await indexOparlObjects(db, [epoch]);
		expect((await documentOf('paper', epoch))!.date).toBe('2021-09-06');
	});
});

describe('reindexOparlBodies', () => {
	it('adds the documents of a body once followed and removes them once unfollowed', async () => {
		const other = await CouncilRows.create({ bodyName: 'Stadt Anderswo', followed: false });
		const paper = await other.paper({ name: 'Haushaltssatzung 2026', date: '2025-11-01' });
		const meeting = await other.meeting({ name: 'Stadtvertretung', start: new Date() });
		await indexOparlObjects(db, [paper, meeting]);
		expect(await documentOf('paper', paper)).toBeUndefined();

		await db.update(oparlBody).set({ followed: true }).where(eq(oparlBody.objectId, other.bodyId));
		expect(await reindexOparlBodies(db, [other.bodyId])).toEqual({ indexed: 2, removed: 0 });
		expect(await documentOf('paper', paper)).toMatchObject({
			oparlBodyId: other.bodyId,
			// Not matched to the directory: no district or council type.
			districtAgs: null,
			councilType: null
		});

		await db.update(oparlBody).set({ followed: false }).where(eq(oparlBody.objectId, other.bodyId));
		expect(await reindexOparlBodies(db, [other.bodyId])).toEqual({ indexed: 0, removed: 2 });
		expect(await documentOf('meeting', meeting)).toBeUndefined();
	});
});

describe('reindexOparlObjectsWithFile', () => {
	it('makes the papers carrying a file findable by its text once extracted', async () => {
		const paper = await council.paper({ name: 'Kita-Gebühren', date: '2025-05-05' });
		const sha = 'b'.repeat(64);
		await db.insert(storedFile).values({ sha256: sha, size: 10, mediaType: 'application/pdf' });
		await council.file(paper, { downloadStatus: 'stored', sha256: sha });
		await indexOparlObjects(db, [paper]);
		expect((await documentOf('paper', paper))!.attachmentText).toBe('');

		await db
			.update(storedFile)
			.set({ textStatus: 'done', text: 'Elternbeiträge für die Krippe werden gesenkt.' })
			.where(eq(storedFile.sha256, sha));
		await reindexOparlObjectsWithFile(sha);
		const [hit] = await db
			.select({ id: searchDocument.sourceId })
			.from(searchDocument)
			.where(sql`${searchDocument.tsv} @@ plainto_tsquery('german', 'Elternbeitrag Krippe')`);
		expect(hit?.id).toBe(paper);
	});
});

describe('removeOrphanOparlDocuments', () => {
	it('drops council rows whose object is gone and keeps the others', async () => {
		const orphan = await council.paper({ name: 'Verwaist', date: '2025-01-01' });
		const kept = await council.paper({ name: 'Bleibt', date: '2025-01-01' });
		await indexOparlObjects(db, [orphan, kept]);
		await db.delete(oparlObject).where(eq(oparlObject.id, orphan));
		expect(await removeOrphanOparlDocuments()).toBe(1);
		const left = await db
			.select({ id: searchDocument.sourceId })
			.from(searchDocument)
			.where(inArray(searchDocument.sourceId, [orphan, kept]));
		expect(left.map((row) => row.id)).toEqual([kept]);
	});
});
