import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertFrequency } from '$lib/shared/saved-searches';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { mailMessage } from '../mail/schema';
import {
	MAIL_TEST_ORIGIN as ORIGIN,
	startMailEnvironment,
	startMailQueue,
	stopMailEnvironment
} from '../testing/mail-environment';
import type { CaughtMail, SmtpCatcher } from '../testing/smtp-catcher';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { createSavedSearch } from './create-saved-search';
import { savedSearch, savedSearchHit } from './schema';
import { sendAlertDigests, sendImmediateAlerts } from './send-alerts';
import { backdateSavedSearch, indexTestDocument } from './testing/alert-fixtures';
import { applyAlertUnsubscribe, describeAlertUnsubscribe } from './unsubscribe';
import { updateSavedSearch } from './update-saved-search';

let catcher: SmtpCatcher;
let fx: DirectoryFixtures;

async function save(
	actor: SessionUser,
	query: string,
	frequency: AlertFrequency = 'immediate',
	name = query
): Promise<string> {
	const { id } = await createSavedSearch({
		actor,
		input: { name, query, frequency, filters: {} }
	});
	await backdateSavedSearch(id);
	return id;
}

/** Mails stored for an address (delivered or not): to prove that none was written at all. */
async function storedMailsTo(address: string) {
	return db.select().from(mailMessage).where(eq(mailMessage.toAddress, address));
}

function received(address: string, subject: string): CaughtMail[] {
	return catcher.mails.filter(
		(mail) => mail.to.includes(address) && mail.subject.includes(subject)
	);
}

function linkIn(text: string, path: RegExp): string {
	const link = (text.match(/https?:\/\/\S+/g) ?? []).find((url) => path.test(url));
	if (!link) throw new Error(`Kein Link ${path} in:\n${text}`);
	return link;
}

beforeAll(async () => {
	catcher = await startMailEnvironment();
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
	await startMailQueue();
});

afterAll(() => stopMailEnvironment(catcher));

describe(`alert mails over SMTP on ${testDatabaseKind}`, () => {
	it('mails a new result at once, with its link and a working unsubscribe link, and never twice', async () => {
		const mira = fx.users.member;
		const searchId = await save(mira, 'Kita', 'immediate', 'Kitas im Kreis');
		const kita = await indexTestDocument({
			title: 'Kita-Gebühren abschaffen',
			body: 'Die Elternbeiträge für Kitas sollen entfallen.',
			access: 'public'
		});
		await indexTestDocument({ title: 'Radweg an der B 96', access: 'public' });

		expect(await sendImmediateAlerts()).toMatchObject({ mails: 1 });
		const mail = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Kitas im Kreis')
		);
		expect(mail.subject).toBe('Neu zu „Kitas im Kreis“: Kita-Gebühren abschaffen');
		expect(mail.text).toContain(`${ORIGIN}/antraege/${kita}`);
		expect(mail.text).toContain('Elternbeiträge');
		expect(mail.text).not.toContain('Radweg');
		const unsubscribe = linkIn(mail.text, /\/abbestellen\/suche\//);
		expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);

		// Later runs, and the same document indexed again after an edit, mail nothing more.
		expect(await sendImmediateAlerts()).toMatchObject({ mails: 0 });
		await indexTestDocument({
			sourceId: kita,
			title: 'Kita-Gebühren abschaffen (geändert)',
			access: 'public'
		});
		expect(await sendImmediateAlerts()).toMatchObject({ mails: 0 });
		const hits = await db
			.select()
			.from(savedSearchHit)
			.where(eq(savedSearchHit.savedSearchId, searchId));
		expect(hits).toHaveLength(1);

		// The link asks first, then switches the mail off; the search stays.
		const token = new URL(unsubscribe).pathname.split('/').pop()!;
		expect(await describeAlertUnsubscribe(token)).toEqual({
			searchName: 'Kitas im Kreis',
			active: true
		});
		expect(await applyAlertUnsubscribe(token)).toEqual({
			searchName: 'Kitas im Kreis',
			active: false
		});
		const [stored] = await db.select().from(savedSearch).where(eq(savedSearch.id, searchId));
		expect(stored!.frequency).toBe('none');
		const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
		expect(await describeAlertUnsubscribe(forged)).toBeNull();
		expect(await applyAlertUnsubscribe(forged)).toBeNull();

		await indexTestDocument({ title: 'Kita-Neubau in Anklam', access: 'public' });
		await sendImmediateAlerts();
		expect(received(mira.email, 'Kitas im Kreis')).toHaveLength(1);
	});

	it('a faction draft reaches only its faction; members-only results never reach interested people', async () => {
		const { faction_admin: jonas, member: mira, board, interested } = fx.users;
		for (const person of [jonas, mira, board, interested]) {
			await save(person, 'Schulsozialarbeit', 'immediate', 'Schulsozialarbeit');
		}
		await indexTestDocument({
			title: 'Schulsozialarbeit an allen Schulen (Entwurf der Fraktion)',
			access: 'restricted',
			readerFactionIds: [fx.organizations.factionVg]
		});
		await indexTestDocument({ title: 'Bericht zur Schulsozialarbeit', access: 'members' });
		await indexTestDocument({ title: 'Schulsozialarbeit sichern', access: 'public' });

		expect(await sendImmediateAlerts()).toMatchObject({ mails: 4 });
		const wait = (address: string) =>
			catcher.waitFor((m) => m.to.includes(address) && m.subject.includes('Schulsozialarbeit'));
		const [forJonas, forMira, forBoard, forInterested] = await Promise.all(
			[jonas, mira, board, interested].map((person) => wait(person.email))
		);
		expect(forJonas!.subject).toBe('3 neue Treffer zu „Schulsozialarbeit“');
		expect(forJonas!.text).toContain('Entwurf der Fraktion');
		for (const mail of [forMira!, forBoard!]) {
			expect(mail.subject).toBe('2 neue Treffer zu „Schulsozialarbeit“');
			expect(mail.text).toContain('Bericht zur Schulsozialarbeit');
			expect(mail.text).not.toContain('Entwurf der Fraktion');
		}
		expect(forInterested!.subject).toBe('Neu zu „Schulsozialarbeit“: Schulsozialarbeit sichern');
		expect(forInterested!.text).not.toContain('Bericht zur Schulsozialarbeit');
		expect(forInterested!.text).not.toContain('Entwurf der Fraktion');
		for (const row of await storedMailsTo(interested.email)) {
			expect(row.textBody).not.toContain('Entwurf der Fraktion');
		}
	});

	it('digests: one mail per person with every search of that rhythm; weekly ones wait for Monday', async () => {
		const mira = fx.users.member;
		await save(mira, 'Radverkehr', 'daily');
		await save(mira, 'Busverkehr', 'daily');
		await save(mira, 'Haushaltssicherung', 'weekly');
		await indexTestDocument({ title: 'Radverkehr im Landkreis ausbauen', access: 'public' });
		await indexTestDocument({ title: 'Busverkehr am Wochenende', access: 'members' });
		await indexTestDocument({ title: 'Haushaltssicherung 2027', access: 'public' });

		expect(await sendAlertDigests('daily')).toMatchObject({ mails: 1 });
		const daily = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject === 'Ihre gespeicherten Suchen: 2 neue Treffer'
		);
		expect(daily.text).toContain('== Busverkehr ==');
		expect(daily.text).toContain('== Radverkehr ==');
		expect(daily.text).not.toContain('Haushaltssicherung');
		// Two searches, two links in the text; no single List-Unsubscribe could stop both.
		expect(daily.text.match(/\/abbestellen\/suche\//g)).toHaveLength(2);
		expect(daily.headers['list-unsubscribe']).toBeUndefined();
		expect(await sendAlertDigests('daily')).toMatchObject({ mails: 0 });

		expect(await sendAlertDigests('weekly')).toMatchObject({ mails: 1 });
		const weekly = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Haushaltssicherung')
		);
		expect(weekly.subject).toBe('Diese Woche: ein neuer Treffer zu „Haushaltssicherung“');
		expect(weekly.headers['list-unsubscribe']).toMatch(
			/^<https:\/\/kommunal\.example\.org\/abbestellen\/suche\//
		);
	});

	it('a demoted owner is mailed only what the new role reads; a switched-off account nothing', async () => {
		const jonas = fx.users.faction_admin;
		const board = fx.users.board;
		await save(jonas, 'Wärmeplanung');
		await save(board, 'Wärmeplanung');
		await db.update(user).set({ role: 'interested' }).where(eq(user.id, jonas.id));
		await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, board.id));
		try {
			await indexTestDocument({ title: 'Kommunale Wärmeplanung (intern)', access: 'members' });
			await indexTestDocument({
				title: 'Wärmeplanung der Fraktion (Entwurf)',
				access: 'restricted',
				readerFactionIds: [fx.organizations.factionVg]
			});
			expect(await sendImmediateAlerts()).toMatchObject({ mails: 0 });
			await indexTestDocument({ title: 'Wärmeplanung öffentlich vorstellen', access: 'public' });
			expect(await sendImmediateAlerts()).toMatchObject({ mails: 1 });
			const mail = await catcher.waitFor(
				(m) => m.to.includes(jonas.email) && m.subject.includes('Wärmeplanung')
			);
			expect(mail.subject).toBe('Neu zu „Wärmeplanung“: Wärmeplanung öffentlich vorstellen');
			expect(received(board.email, 'Wärmeplanung')).toHaveLength(0);
		} finally {
			await db.update(user).set({ role: 'faction_admin' }).where(eq(user.id, jonas.id));
			await db.update(user).set({ deactivatedAt: null }).where(eq(user.id, board.id));
		}
	});

	it('new words or mail switched on again start afresh instead of sending the backlog', async () => {
		const mira = fx.users.member;
		const id = await save(mira, 'Friedhofsgebühren', 'none');
		await indexTestDocument({ title: 'Friedhofsgebühren senken', access: 'public' });
		await sendImmediateAlerts();
		await updateSavedSearch({
			actor: mira,
			id,
			input: { name: 'Friedhöfe', query: 'Friedhofsgebühren', frequency: 'immediate' }
		});
		expect(await sendImmediateAlerts()).toMatchObject({ mails: 0 });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await indexTestDocument({
			title: 'Friedhofsgebühren: Bericht der Verwaltung',
			access: 'public'
		});
		expect(await sendImmediateAlerts()).toMatchObject({ mails: 1 });
		const mail = await catcher.waitFor(
			(m) => m.to.includes(mira.email) && m.subject.includes('Friedhöfe')
		);
		expect(mail.text).not.toContain('Friedhofsgebühren senken');
	});
});
