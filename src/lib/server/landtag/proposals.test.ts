import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { mailMessage } from '../mail/schema';
import { createTestDatabase } from '../testing/test-db';
import { createProposal } from './create-proposal';
import { LandtagError, LandtagNotFoundError } from './errors';
import { getProposal } from './get-proposal';
import { listProposals } from './list-proposals';
import { seedLandtagFixtures, type LandtagFixtures } from './testing/landtag-fixtures';
import { updateProposalStatus } from './update-proposal-status';

let f: LandtagFixtures;
let miras: string;
let jonas: string;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedLandtagFixtures();
	({ id: miras } = await createProposal({
		actor: f.users.member,
		input: {
			factionId: f.organizations.factionHro,
			title: 'Landesprogramm für Schulbusse',
			description: 'Die Kreise können die *Schülerbeförderung* nicht allein tragen.'
		}
	}));
	({ id: jonas } = await createProposal({
		actor: f.users.faction_admin,
		input: {
			factionId: f.organizations.factionVg,
			title: 'Kommunaler Finanzausgleich',
			description: 'Die Schlüsselzuweisungen reichen nicht.'
		}
	}));
});

const mailsTo = (address: string) =>
	db.select().from(mailMessage).where(eq(mailMessage.toAddress, address));

describe('topic proposals', () => {
	it('reach the Landtag faction by mail, named with the proposing faction', async () => {
		for (const address of [f.lena.email, f.users.board.email]) {
			const mails = await mailsTo(address);
			expect(mails.map((mail) => mail.subject).sort()).toEqual([
				'Neuer Themenvorschlag: Kommunaler Finanzausgleich',
				'Neuer Themenvorschlag: Landesprogramm für Schulbusse'
			]);
		}
		const [mail] = (await mailsTo(f.lena.email)).filter((m) => m.subject.includes('Schulbusse'));
		expect(mail!.textBody).toContain(
			'Fraktion DIE LINKE/Die PARTEI (Bürgerschaft Rostock) schlägt der Landtagsfraktion'
		);
		expect(mail!.textBody).toContain(`/landtag/vorschlaege/${miras}`);
		// A municipal faction admin is not the Landtag faction.
		expect(
			(await mailsTo(f.users.faction_admin.email)).filter((m) => m.category === 'landtag.proposal')
		).toEqual([]);
	});

	it('are made only in the name of a faction one sits in, by members', async () => {
		const foreign = createProposal({
			actor: f.users.member,
			input: { factionId: f.organizations.factionVg, title: 'Fremd', description: 'x' }
		});
		await expect(foreign).rejects.toBeInstanceOf(LandtagError);
		for (const actor of [f.users.interested, null]) {
			await expect(
				createProposal({
					actor,
					input: { factionId: f.organizations.factionVg, title: 'x', description: 'x' }
				})
			).rejects.toBeInstanceOf(AccessDeniedError);
		}
	});

	it('are all in the inbox of the Landtag faction; proposers see only their own', async () => {
		for (const actor of [f.lena, f.users.board]) {
			const inbox = await listProposals({ actor });
			expect(inbox.isLandtagFaction).toBe(true);
			expect(inbox.items.map((item) => item.title).sort()).toEqual([
				'Kommunaler Finanzausgleich',
				'Landesprogramm für Schulbusse'
			]);
			expect(inbox.statusCounts.new).toBe(2);
		}
		const mine = await listProposals({ actor: f.users.member });
		expect(mine.items.map((item) => [item.title, item.proposedByName, item.factionLabel])).toEqual([
			[
				'Landesprogramm für Schulbusse',
				'Mira Mitgliedermann',
				'Fraktion DIE LINKE/Die PARTEI (Bürgerschaft Rostock)'
			]
		]);
		expect(mine.isLandtagFaction).toBe(false);
		expect((await listProposals({ actor: f.users.faction_admin })).items.map((i) => i.id)).toEqual([
			jonas
		]);
		await expect(
			getProposal({ actor: f.users.faction_admin, proposalId: miras })
		).rejects.toBeInstanceOf(LandtagNotFoundError);
		await expect(listProposals({ actor: f.users.interested })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});

	it('get a status and a reply from the Landtag faction, and the proposer a mail', async () => {
		await expect(
			updateProposalStatus({
				actor: f.users.faction_admin,
				proposalId: jonas,
				input: { status: 'declined', reply: null }
			})
		).rejects.toBeInstanceOf(AccessDeniedError);
		await updateProposalStatus({
			actor: f.lena,
			proposalId: miras,
			input: { status: 'taken_up', reply: 'Wir bringen eine **Kleine Anfrage** ein.' }
		});
		const seen = await getProposal({ actor: f.users.member, proposalId: miras });
		expect(seen).toMatchObject({
			status: 'taken_up',
			reply: 'Wir bringen eine **Kleine Anfrage** ein.',
			statusChangedByName: 'Lena Landtag',
			manageable: false
		});
		const [mail] = (await mailsTo(f.users.member.email)).filter(
			(m) => m.category === 'landtag.proposal_status'
		);
		expect(mail?.subject).toBe(
			'Ihr Themenvorschlag ist jetzt „aufgegriffen“: Landesprogramm für Schulbusse'
		);
		expect(mail?.textBody).toContain('Wir bringen eine **Kleine Anfrage** ein.');
		// A corrected reply with the same status mails nobody again.
		await updateProposalStatus({
			actor: f.lena,
			proposalId: miras,
			input: { status: 'taken_up', reply: 'Kleine Anfrage ist eingereicht.' }
		});
		expect(
			(await mailsTo(f.users.member.email)).filter((m) => m.category === 'landtag.proposal_status')
		).toHaveLength(1);
		const inbox = await listProposals({ actor: f.lena, status: 'taken_up' });
		expect(inbox.items.map((item) => item.id)).toEqual([miras]);
		expect(inbox.statusCounts).toMatchObject({ new: 1, taken_up: 1 });
		const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, miras));
		expect(audit.map((entry) => entry.action).sort()).toEqual([
			'landtag.proposal_create',
			'landtag.proposal_status',
			'landtag.proposal_status'
		]);
	});
});
