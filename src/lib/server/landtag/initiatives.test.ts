import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { mailMessage } from '../mail/schema';
import { createTestDatabase } from '../testing/test-db';
import type { InitiativeInput } from '../../shared/landtag';
import { loadLandtagActor } from './access';
import { createInitiative } from './create-initiative';
import { LandtagError, LandtagNotFoundError } from './errors';
import { getInitiative } from './get-initiative';
import { listInitiatives } from './list-initiatives';
import { saveFeedback } from './save-feedback';
import { seedLandtagFixtures, type LandtagFixtures } from './testing/landtag-fixtures';
import { updateInitiative } from './update-initiative';

let f: LandtagFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedLandtagFixtures();
});

const input = (overrides: Partial<InitiativeInput> = {}): InitiativeInput => ({
	type: 'small_inquiry',
	title: 'Schulsozialarbeit an Grundschulen',
	summary: 'Wir fragen die Landesregierung nach **Stellen** und Finanzierung.',
	printedMatterNumber: '8/1234',
	printedMatterUrl: null,
	feedbackQuestion: 'Wie ist die Lage an den Grundschulen in Ihrem Kreis?',
	feedbackDeadline: '2026-12-15',
	...overrides
});

const mailsTo = (address: string) =>
	db.select().from(mailMessage).where(eq(mailMessage.toAddress, address));

describe('the Landtag faction', () => {
	it('is the board and the faction admins of a Landtag faction, nobody else', async () => {
		const { board, faction_admin, member } = f.users;
		expect((await loadLandtagActor(board)).isLandtagFaction).toBe(true);
		expect((await loadLandtagActor(f.lena)).isLandtagFaction).toBe(true);
		expect((await loadLandtagActor(faction_admin)).isLandtagFaction).toBe(false);
		expect((await loadLandtagActor(member)).isLandtagFaction).toBe(false);
	});

	it('answers for municipal factions only, never for its own Landtag faction', async () => {
		expect((await loadLandtagActor(f.lena)).municipalFactions).toEqual([]);
		expect((await loadLandtagActor(f.users.faction_admin)).municipalFactions).toEqual([
			{
				id: f.organizations.factionVg,
				label: 'Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald)'
			}
		]);
		expect((await loadLandtagActor(f.users.member)).municipalFactions.map((x) => x.id)).toEqual([
			f.organizations.factionHro
		]);
	});
});

describe('initiatives', () => {
	it('are posted by the Landtag faction only and ask the municipal faction admins by mail', async () => {
		for (const actor of [f.users.faction_admin, f.users.member, f.users.interested, null]) {
			await expect(createInitiative({ actor, input: input() })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
		const { id } = await createInitiative({ actor: f.lena, input: input() });
		const [mail] = await mailsTo(f.users.faction_admin.email);
		expect(mail?.subject).toBe('Rückmeldung bis 15.12.2026: Schulsozialarbeit an Grundschulen');
		expect(mail?.textBody).toContain('Wie ist die Lage an den Grundschulen');
		expect(mail?.textBody).toContain(`/landtag/initiativen/${id}`);
		// The poster and the board are the Landtag faction: nobody asks them.
		expect(await mailsTo(f.lena.email)).toHaveLength(0);
		expect(await mailsTo(f.users.board.email)).toHaveLength(0);
		expect(await mailsTo(f.users.member.email)).toHaveLength(0);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
		expect(entry).toMatchObject({ action: 'landtag.initiative_create', actorUserId: f.lena.id });
	});

	it('mail nobody when they only inform, and need question and deadline together', async () => {
		const before = (await mailsTo(f.users.faction_admin.email)).length;
		await createInitiative({
			actor: f.users.board,
			input: input({
				title: 'Gesetz zur Kita-Finanzierung',
				type: 'bill',
				feedbackQuestion: null,
				feedbackDeadline: null
			})
		});
		expect(await mailsTo(f.users.faction_admin.email)).toHaveLength(before);
		const missing = createInitiative({ actor: f.lena, input: input({ feedbackDeadline: null }) });
		await expect(missing).rejects.toBeInstanceOf(ZodError);
		await expect(
			createInitiative({ actor: f.lena, input: input({ feedbackDeadline: '2026-02-31' }) })
		).rejects.toBeInstanceOf(ZodError);
	});

	it('list open feedback requests first, nearest deadline on top, for members only', async () => {
		const now = new Date('2026-11-20T12:00:00Z');
		await createInitiative({
			actor: f.lena,
			input: input({ title: 'Frist bald', feedbackDeadline: '2026-11-30' })
		});
		await createInitiative({
			actor: f.lena,
			input: input({ title: 'Frist vorbei', feedbackDeadline: '2026-11-01' })
		});
		const list = await listInitiatives({ actor: f.users.member, now });
		expect(list.items.map((item) => [item.title, item.feedbackOpen])).toEqual([
			['Frist bald', true],
			['Schulsozialarbeit an Grundschulen', true],
			['Frist vorbei', false],
			['Gesetz zur Kita-Finanzierung', false]
		]);
		await expect(listInitiatives({ actor: f.users.interested })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(listInitiatives({ actor: null })).rejects.toBeInstanceOf(AccessDeniedError);
	});

	it('are corrected by the Landtag faction only', async () => {
		const { id } = await createInitiative({ actor: f.lena, input: input({ title: 'Entwurf' }) });
		await expect(
			updateInitiative({ actor: f.users.faction_admin, initiativeId: id, input: input() })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await updateInitiative({
			actor: f.users.board,
			initiativeId: id,
			input: input({ title: 'Korrigiert', printedMatterNumber: '8/999' })
		});
		const detail = await getInitiative({ actor: f.users.member, initiativeId: id });
		expect(detail).toMatchObject({ title: 'Korrigiert', printedMatterNumber: '8/999' });
		await expect(
			updateInitiative({
				actor: f.lena,
				initiativeId: '00000000-0000-4000-8000-000000000000',
				input: input()
			})
		).rejects.toBeInstanceOf(LandtagNotFoundError);
	});
});

describe('feedback from the factions', () => {
	const before = new Date('2026-12-15T22:30:00Z'); // 23:30 in Berlin, still the deadline day
	const after = new Date('2026-12-15T23:30:00Z'); // 00:30 on the next day in Berlin

	it('is one answer per faction, rewritable by its members until the deadline day ends', async () => {
		const { id } = await createInitiative({ actor: f.lena, input: input({ title: 'Antworten' }) });
		const factionId = f.organizations.factionVg;
		await saveFeedback({
			actor: f.users.faction_admin,
			initiativeId: id,
			input: { factionId, body: 'Bei uns fehlen drei Stellen.' },
			now: before
		});
		await saveFeedback({
			actor: f.users.faction_admin,
			initiativeId: id,
			input: { factionId, body: 'Bei uns fehlen **vier** Stellen.' },
			now: before
		});
		await saveFeedback({
			actor: f.users.member,
			initiativeId: id,
			input: { factionId: f.organizations.factionHro, body: 'Rostock: alles besetzt.' },
			now: before
		});
		const detail = await getInitiative({ actor: f.users.board, initiativeId: id, now: before });
		expect(detail.feedback.map((x) => [x.factionLabel, x.body, x.authorName])).toEqual([
			[
				'Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald)',
				'Bei uns fehlen **vier** Stellen.',
				'Jonas Fraktionsberg'
			],
			[
				'Fraktion DIE LINKE/Die PARTEI (Bürgerschaft Rostock)',
				'Rostock: alles besetzt.',
				'Mira Mitgliedermann'
			]
		]);
		await expect(
			saveFeedback({
				actor: f.users.faction_admin,
				initiativeId: id,
				input: { factionId, body: 'Zu spät.' },
				now: after
			})
		).rejects.toThrow('Die Frist für Rückmeldungen ist abgelaufen.');
		const closed = await getInitiative({
			actor: f.users.faction_admin,
			initiativeId: id,
			now: after
		});
		expect(closed.feedbackOpen).toBe(false);
		expect(closed.answerableFactions).toEqual([]);
	});

	it('is given only for a faction one sits in, and only where feedback was asked', async () => {
		const { id } = await createInitiative({ actor: f.lena, input: input({ title: 'Fremd' }) });
		const foreign = saveFeedback({
			actor: f.users.member,
			initiativeId: id,
			input: { factionId: f.organizations.factionVg, body: 'Nicht meine Fraktion.' },
			now: before
		});
		await expect(foreign).rejects.toMatchObject({ field: 'factionId' });
		await expect(foreign).rejects.toBeInstanceOf(LandtagError);
		await expect(
			saveFeedback({
				actor: f.lena,
				initiativeId: id,
				input: { factionId: f.landtagFaction, body: 'Die Landtagsfraktion antwortet sich selbst.' },
				now: before
			})
		).rejects.toBeInstanceOf(LandtagError);
		await expect(
			saveFeedback({
				actor: f.users.interested,
				initiativeId: id,
				input: { factionId: f.organizations.factionVg, body: 'x' },
				now: before
			})
		).rejects.toBeInstanceOf(AccessDeniedError);
		const info = await createInitiative({
			actor: f.lena,
			input: input({ title: 'Nur Info', feedbackQuestion: null, feedbackDeadline: null })
		});
		await expect(
			saveFeedback({
				actor: f.users.faction_admin,
				initiativeId: info.id,
				input: { factionId: f.organizations.factionVg, body: 'x' },
				now: before
			})
		).rejects.toThrow('Zu dieser Initiative ist keine Rückmeldung erbeten.');
	});
});
