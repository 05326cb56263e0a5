import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountRole } from '$lib/shared/roles';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import { user } from '$lib/server/auth/schema';
import { db } from '$lib/server/db';
import { createNewsletter } from '$lib/server/newsletter/manage-newsletter';
import { newsletter } from '$lib/server/newsletter/schema';
import { sendNewsletterBatch } from '$lib/server/newsletter/send-batch';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';

const jars = new Map<AccountRole, CookieJar>();
let boardId: string;
let draftId: string;

async function account(role: AccountRole, name: string) {
	const created = await createTestAccount({ role, name });
	const { jar } = await signedInJar(created.email);
	// Board rights need a second factor; set after signing in, as if it had been confirmed.
	if (role === 'board')
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, created.id));
	jars.set(role, jar);
	return created.id;
}

async function eventAs(role: AccountRole, form?: Record<string, string>, id = draftId) {
	return (
		await testEvent({
			url: `/verwaltung/rundbriefe/${id}`,
			jar: jars.get(role),
			form,
			params: { id }
		})
	).event as never;
}

beforeAll(async () => {
	await createTestDatabase();
	await account('interested', 'Ina Interessiert');
	await account('member', 'Max Mitglied');
	await account('faction_admin', 'Fee Fraktion');
	boardId = await account('board', 'Bo Vorstand');
	const [board] = await db.select().from(user).where(eq(user.id, boardId));
	draftId = await createNewsletter({
		actor: { ...board!, role: 'board', twoFactorEnabled: true, accessExpiresAt: null },
		input: {
			subject: 'Einladung Herbstklausur',
			body: 'Hallo **alle**',
			segment: { roles: ['member', 'interested'], districtAgs: [], topicIds: [] }
		}
	});
});

describe('/verwaltung/rundbriefe/[id]', () => {
	it('refuses everyone but the board the page and every action, and changes nothing', async () => {
		for (const role of ['interested', 'member', 'faction_admin'] as const) {
			const event = await eventAs(role);
			expect(await thrownBy(() => load(event))).toMatchObject({ status: 403 });
			for (const action of Object.values(actions)) {
				const attempt = await eventAs(role, {
					subject: 'X',
					body: 'Y',
					'roles[]': 'board',
					confirm: 'on'
				});
				expect(await thrownBy(() => action(attempt))).toMatchObject({ status: 403 });
			}
		}
		const [row] = await db.select().from(newsletter).where(eq(newsletter.id, draftId));
		expect(row).toMatchObject({ status: 'draft', subject: 'Einladung Herbstklausur' });
	});

	it('shows the board the draft with the recipients it would reach, by name', async () => {
		const data = (await load(await eventAs('board'))) as Awaited<ReturnType<typeof load>>;
		expect(data.letter.subject).toBe('Einladung Herbstklausur');
		expect(data.preview.recipientCount).toBe(2);
		expect(data.preview.recipients.map((entry) => entry.name).sort()).toEqual([
			'Ina Interessiert',
			'Max Mitglied'
		]);
		expect(data.preview.html).toContain('<strong>alle</strong>');
		expect(data.preview.text).toContain('Hallo **alle**');
	});

	it('keeps every ticked box and the text when the input is wrong', async () => {
		const event = (
			await testEvent({
				url: `/verwaltung/rundbriefe/${draftId}?/save`,
				jar: jars.get('board'),
				params: { id: draftId },
				form: { subject: ' ', body: 'Neuer Text' }
			})
		).event as never;
		const result = await actions.save(event);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: {
					subject: ['Bitte einen Betreff eingeben.'],
					'roles[]': ['Bitte mindestens eine Rolle wählen.']
				},
				values: { body: 'Neuer Text' }
			}
		});
	});

	it('sends only after the confirmation, then shows progress and recipients instead of the form', async () => {
		expect(await actions.send(await eventAs('board', {}))).toMatchObject({
			status: 400,
			data: { errors: { confirm: ['Bitte bestätigen Sie den Versand.'] } }
		});
		const confirmed = await eventAs('board', { confirm: 'on' });
		expect(await thrownBy(() => actions.send(confirmed))).toMatchObject({
			status: 303,
			location: `/verwaltung/rundbriefe/${draftId}`
		});
		await sendNewsletterBatch(draftId);
		const data = (await load(await eventAs('board'))) as Awaited<ReturnType<typeof load>>;
		expect(data.letter).toMatchObject({ status: 'sent', recipientCount: 2, sentCount: 2 });
		expect(data.options).toBeNull();
		expect(data.recipients.map((entry) => [entry.name, entry.status])).toEqual([
			['Ina Interessiert', 'sent'],
			['Max Mitglied', 'sent']
		]);
		// A sent Rundbrief stays as it was.
		expect(
			await actions.save(await eventAs('board', { subject: 'Neu', body: 'x', 'roles[]': 'board' }))
		).toMatchObject({ status: 400 });
	});
});
