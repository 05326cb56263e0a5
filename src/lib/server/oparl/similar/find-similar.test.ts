import { beforeAll, describe, expect, it } from 'vitest';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../../directory/testing/directory-fixtures';
import { ANONYMOUS_MOTION_VIEWER, loadMotionViewer } from '../../motions/visibility';
import { createTestDatabase, testDatabaseKind } from '../../testing/test-db';
import { findSimilarElsewhere } from './find-similar';
import { keyTerms } from './key-terms';
import { sql } from 'drizzle-orm';
import {
	createAgendaItem,
	createCouncilBody,
	createCouncilMeeting,
	createCouncilPaper,
	createCouncilSource
} from './testing/council-fixtures';
import { createIndexedMotion } from './testing/motion-fixtures';

let fx: DirectoryFixtures;
const ids: Record<string, string> = {};

beforeAll(async () => {
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	const source = await createCouncilSource();
	const huertgenwald = await createCouncilBody(source, { name: 'Gemeinde Hürtgenwald' });
	const beispielstadt = await createCouncilBody(source, { name: 'Stadt Beispielstadt' });
	const unfollowed = await createCouncilBody(source, { name: 'Amt Ungefolgt', followed: false });
	ids.body = huertgenwald;

	ids.own = await createCouncilPaper(source, huertgenwald, {
		name: 'Sicherer Radweg an der Landstraße nach Vossenack',
		text: 'Die Gemeinde soll einen Radweg mit Beleuchtung entlang der Landstraße bauen; Schulkinder fahren dort täglich mit dem Fahrrad.'
	});
	ids.ownOther = await createCouncilPaper(source, huertgenwald, {
		name: 'Radweg Vossenack: Kostenschätzung',
		text: 'Kosten für den Radweg an der Landstraße.'
	});
	ids.elsewhere = await createCouncilPaper(source, beispielstadt, {
		name: 'Radweg entlang der Landstraße zur Gesamtschule',
		text: 'Beleuchteter Radweg für Schulkinder, die mit dem Fahrrad zur Schule fahren.',
		paperType: 'Beschlussvorlage'
	});
	ids.unrelated = await createCouncilPaper(source, beispielstadt, {
		name: 'Haushaltssatzung 2027',
		text: 'Der Haushalt wird mit Erträgen und Aufwendungen beschlossen.'
	});
	ids.loosely = await createCouncilPaper(source, beispielstadt, {
		name: 'Straßenreinigungssatzung',
		text: 'Reinigung der Gemeindestraßen, auch der Landstraße am Markt.'
	});
	ids.deleted = await createCouncilPaper(source, beispielstadt, {
		name: 'Radweg an der Landstraße mit Beleuchtung',
		text: 'Radweg Schulkinder Fahrrad Beleuchtung',
		deleted: true
	});
	ids.notFollowed = await createCouncilPaper(source, unfollowed, {
		name: 'Radweg an der Landstraße für Schulkinder',
		text: 'Radweg Fahrrad Beleuchtung'
	});
	const meeting = await createCouncilMeeting(source, beispielstadt, {
		name: 'Bauausschuss',
		start: new Date('2026-10-20T16:00:00Z')
	});
	await createAgendaItem(source, beispielstadt, meeting, {
		number: 'Ö 4',
		name: 'Radweg zur Gesamtschule',
		position: 4,
		result: 'einstimmig beschlossen',
		paperId: ids.elsewhere
	});

	ids.publicMotion = await createIndexedMotion({
		title: 'Beleuchtete Radwege für Schulkinder',
		text: 'Der Kreistag möge beschließen, Radwege an Landstraßen mit Beleuchtung zu versehen, damit Schulkinder sicher mit dem Fahrrad fahren.',
		visibility: 'public',
		status: 'adopted',
		councilId: fx.organizations.kreistagVg
	});
	ids.membersMotion = await createIndexedMotion({
		title: 'Radweg-Lückenschluss an der Landstraße',
		text: 'Schulkinder brauchen einen durchgehenden Radweg mit Beleuchtung.',
		visibility: 'members',
		status: 'filed'
	});
	ids.factionDraft = await createIndexedMotion({
		title: 'Radweg und Beleuchtung an der Landstraße (Entwurf)',
		text: 'Radweg für Schulkinder, Fahrrad, Beleuchtung.',
		visibility: 'faction',
		status: 'draft',
		factionId: fx.organizations.factionVg
	});
	ids.otherMotion = await createIndexedMotion({
		title: 'Mehr Personal für die Bibliothek',
		text: 'Die Stadtbibliothek braucht längere Öffnungszeiten.',
		visibility: 'public'
	});
});

const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe(`Dieses Thema anderswo on ${testDatabaseKind}`, () => {
	it('key terms weigh title words and rare words over common ones', async () => {
		const terms = await keyTerms(
			sql`(SELECT tsv FROM search_document WHERE type = 'paper' AND source_id = ${ids.own}::uuid)`,
			{ exclude: { type: 'paper', sourceId: ids.own! } }
		);
		const lexemes = terms.map((term) => term.lexeme);
		expect(lexemes).toContain('radweg');
		// Both in the title; the place name is in two documents, the cycle path in most.
		expect(lexemes.indexOf('vossenack')).toBeLessThan(lexemes.indexOf('radweg'));
		expect(lexemes).toContain('beleucht');
		// "täglich" is in no other document: it cannot find anything.
		expect(lexemes).not.toContain('taglich');
		expect(terms.length).toBeLessThanOrEqual(10);
	});

	it('a paper shows papers of other followed councils and public motions, with outcomes, to the public', async () => {
		const items = await findSimilarElsewhere({ paperId: ids.own! }, ANONYMOUS_MOTION_VIEWER);
		const found = idsOf(items);
		expect(found).toContain(ids.elsewhere);
		expect(found).toContain(ids.publicMotion);
		// Its own council, deleted papers, councils nobody follows, unrelated documents: never.
		for (const absent of [
			ids.own,
			ids.ownOther,
			ids.deleted,
			ids.notFollowed,
			ids.unrelated,
			ids.otherMotion
		])
			expect(found).not.toContain(absent);
		// Members-only motions and a faction's drafts stay hidden from the public.
		expect(found).not.toContain(ids.membersMotion);
		expect(found).not.toContain(ids.factionDraft);
		expect(found.indexOf(ids.elsewhere!)).toBeLessThan(
			found.includes(ids.loosely!) ? found.indexOf(ids.loosely!) : Infinity
		);

		const paper = items.find((item) => item.id === ids.elsewhere)!;
		expect(paper).toMatchObject({
			type: 'paper',
			place: 'Stadt Beispielstadt',
			kindLabel: 'Beschlussvorlage',
			outcome: 'einstimmig beschlossen',
			url: `/ratsinfo/vorlagen/${ids.elsewhere}`
		});
		const motion = items.find((item) => item.id === ids.publicMotion)!;
		expect(motion).toMatchObject({
			type: 'motion',
			kindLabel: 'Antrag',
			outcome: 'beschlossen',
			place: 'Kreistag Vorpommern-Greifswald',
			url: `/antraege/${ids.publicMotion}`
		});
		expect(items.length).toBeLessThanOrEqual(5);
	});

	it('members see members-only motions; a faction draft only its faction', async () => {
		const member = await loadMotionViewer(fx.users.member);
		const forMember = idsOf(await findSimilarElsewhere({ paperId: ids.own! }, member));
		expect(forMember).toContain(ids.membersMotion);
		expect(forMember).not.toContain(ids.factionDraft);

		const factionAdmin = await loadMotionViewer(fx.users.faction_admin);
		const forFaction = idsOf(await findSimilarElsewhere({ paperId: ids.own! }, factionAdmin));
		expect(forFaction).toContain(ids.factionDraft);
	});

	it('a motion shows similar council papers; a motion the viewer may not read shows nothing', async () => {
		const items = await findSimilarElsewhere(
			{ motionId: ids.publicMotion! },
			ANONYMOUS_MOTION_VIEWER
		);
		const found = idsOf(items);
		expect(found).not.toContain(ids.publicMotion);
		expect(found).toContain(ids.own);
		expect(found).toContain(ids.elsewhere);

		expect(
			await findSimilarElsewhere({ motionId: ids.membersMotion! }, ANONYMOUS_MOTION_VIEWER)
		).toEqual([]);
		const member = await loadMotionViewer(fx.users.member);
		expect(idsOf(await findSimilarElsewhere({ motionId: ids.membersMotion! }, member))).toContain(
			ids.elsewhere
		);
	});

	it('unknown, deleted, unfollowed and malformed papers have no similar list', async () => {
		for (const paperId of [ids.deleted!, ids.notFollowed!, 'kein-uuid', crypto.randomUUID()])
			expect(await findSimilarElsewhere({ paperId }, ANONYMOUS_MOTION_VIEWER)).toEqual([]);
	});
});
