import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountRole } from '$lib/shared/roles';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { createTestAccount, signedInJar, type CookieJar } from '$lib/server/auth/test-support';
import { user } from '$lib/server/auth/schema';
import { db } from '$lib/server/db';
import { seedAdminSource } from '$lib/server/oparl/admin/testing/seed-admin';
import { oparlBody, oparlSource } from '$lib/server/oparl/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { actions, load } from './+page.server';
import { GET as progress } from './fortschritt/+server';
import { actions as deleteActions, load as deleteLoad } from './loeschen/+page.server';

const jars = new Map<AccountRole, CookieJar>();
let seeded: Awaited<ReturnType<typeof seedAdminSource>>;

async function account(role: AccountRole) {
	const created = await createTestAccount({ role });
	const { jar } = await signedInJar(created.email);
	if (role === 'board')
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, created.id));
	jars.set(role, jar);
}

async function eventAs(
	role: AccountRole | null,
	options: { form?: Record<string, string>; sourceId?: string; path?: string } = {}
) {
	const sourceId = options.sourceId ?? seeded.source.id;
	return (
		await testEvent({
			url: `/verwaltung/ratsinfo/${sourceId}${options.path ?? ''}`,
			jar: role ? jars.get(role) : undefined,
			form: options.form,
			params: { sourceId }
		})
	).event as never;
}

const validSettings = {
	name: 'Kreistag (neu)',
	requestsPerSecond: '2,5',
	concurrency: '3',
	timeoutSeconds: '45',
	maxFileMegabytes: '40',
	syncIntervalHours: '24',
	enabled: 'on'
};

beforeAll(async () => {
	await createTestDatabase();
	for (const role of ['interested', 'member', 'faction_admin', 'board'] as const)
		await account(role);
	seeded = await seedAdminSource();
});

describe('/verwaltung/ratsinfo/[sourceId]', () => {
	it('refuses everyone but the board the page, every action and the progress endpoint', async () => {
		for (const role of ['interested', 'member', 'faction_admin'] as const) {
			expect(await thrownBy(async () => load(await eventAs(role)))).toMatchObject({ status: 403 });
			for (const action of [...Object.values(actions), deleteActions.default]) {
				const attempt = await eventAs(role, { form: { ...validSettings, kind: 'full' } });
				expect(await thrownBy(() => action(attempt))).toMatchObject({ status: 403 });
			}
			expect(await thrownBy(async () => progress(await eventAs(role)))).toMatchObject({
				status: 403
			});
		}
		expect(await thrownBy(async () => progress(await eventAs(null)))).toMatchObject({
			status: 401
		});
		expect(await thrownBy(async () => load(await eventAs(null)))).toMatchObject({
			status: 303,
			location: expect.stringContaining('/anmelden?weiter=')
		});
		const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, seeded.source.id));
		expect(row).toMatchObject({ name: 'Ratsinfo Musterkreis', enabled: true });
	});

	it('shows the board settings in the units it types, the bodies and the runs', async () => {
		const data = (await load(await eventAs('board'))) as Exclude<
			Awaited<ReturnType<typeof load>>,
			void
		>;
		expect(data.settings).toEqual({
			name: 'Ratsinfo Musterkreis',
			requestsPerSecond: '5',
			concurrency: '2',
			timeoutSeconds: '30',
			maxFileMegabytes: '20',
			syncIntervalHours: '6',
			enabled: true,
			allowedHosts: ''
		});
		expect(data.bodies.map((body) => [body.name, body.followed])).toEqual([
			['Amt Beispielland', false],
			['Kreistag Musterkreis', true]
		]);
		expect(data.runs[0]).toMatchObject({ status: 'succeeded', objectsSeen: 240 });
	});

	it('404s an unknown source for the board', async () => {
		const unknown = '00000000-0000-4000-8000-000000000000';
		expect(
			await thrownBy(async () => load(await eventAs('board', { sourceId: unknown })))
		).toMatchObject({
			status: 404
		});
		expect(
			await thrownBy(async () => progress(await eventAs('board', { sourceId: unknown })))
		).toMatchObject({ status: 404 });
	});

	it('keeps what was typed and changes nothing when a setting is wrong', async () => {
		const result = await actions.settings(
			await eventAs('board', {
				form: {
					...validSettings,
					concurrency: '50',
					timeoutSeconds: 'bald',
					allowedHosts: 'dateien.example.de\nkein host/\n'
				}
			})
		);
		expect(result).toMatchObject({
			status: 400,
			data: {
				scope: 'settings',
				errors: {
					concurrency: [expect.stringContaining('höchstens 10')],
					timeoutSeconds: [expect.stringContaining('Zahl')],
					allowedHosts: [
						'Zeile 2: „kein host/“ ist kein Hostname (z. B. dokumente.ratsinfo.example.de).'
					]
				},
				values: {
					name: 'Kreistag (neu)',
					concurrency: '50',
					timeoutSeconds: 'bald',
					allowedHosts: 'dateien.example.de\nkein host/\n'
				}
			}
		});
		const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, seeded.source.id));
		expect(row).toMatchObject({ name: 'Ratsinfo Musterkreis', concurrency: 2 });
	});

	it('saves valid settings (a German decimal comma too)', async () => {
		const result = await actions.settings(
			await eventAs('board', {
				form: {
					...validSettings,
					allowedHosts:
						' Dateien.Example.de \r\nhttps://archiv.example.de:8443/oparl/file/1\n\ndateien.example.de'
				}
			})
		);
		expect(result).toMatchObject({ scope: 'settings', success: 'Einstellungen gespeichert.' });
		const [row] = await db.select().from(oparlSource).where(eq(oparlSource.id, seeded.source.id));
		expect(row).toMatchObject({
			name: 'Kreistag (neu)',
			requestsPerSecond: 2.5,
			concurrency: 3,
			maxFileBytes: 40 * 1024 * 1024,
			syncIntervalHours: 24,
			enabled: true,
			allowedHosts: ['dateien.example.de', 'archiv.example.de']
		});
		const data = (await load(await eventAs('board'))) as { settings: { allowedHosts: string } };
		expect(data.settings.allowedHosts).toBe('dateien.example.de\narchiv.example.de');
	});

	it('follows the ticked bodies', async () => {
		const result = await actions.follow(
			await eventAs('board', { form: { 'bodyIds[]': seeded.otherBodyId } })
		);
		expect(result).toMatchObject({
			scope: 'follow',
			success: expect.stringContaining('gespeichert')
		});
		const rows = await db
			.select({ id: oparlBody.objectId, followed: oparlBody.followed })
			.from(oparlBody)
			.where(eq(oparlBody.sourceId, seeded.source.id));
		expect(rows.find((row) => row.id === seeded.otherBodyId)?.followed).toBe(true);
		expect(rows.find((row) => row.id === seeded.followedBodyId)?.followed).toBe(false);
	});

	it('does not start a sync without a followed body, and says why', async () => {
		const bare = await seedAdminSource();
		await db
			.update(oparlBody)
			.set({ followed: false })
			.where(eq(oparlBody.sourceId, bare.source.id));
		const result = await actions.sync(
			await eventAs('board', { sourceId: bare.source.id, form: { kind: 'incremental' } })
		);
		expect(result).toMatchObject({
			status: 400,
			data: { scope: 'sync', message: expect.stringContaining('Körperschaft') }
		});
	});

	it('answers the live panel with the newest run as JSON, never cached', async () => {
		const busy = await seedAdminSource({ running: true });
		const response = await progress(await eventAs('board', { sourceId: busy.source.id }));
		expect(response.headers.get('cache-control')).toContain('no-store');
		const body = await response.json();
		expect(body.run).toMatchObject({ status: 'running', objectsSeen: 60, stale: false });
	});

	it('deletes a source after the confirmation page and goes back to the list', async () => {
		const doomed = await seedAdminSource({ name: 'Zu löschen' });
		const page = await deleteLoad(await eventAs('board', { sourceId: doomed.source.id }));
		expect(page).toMatchObject({ source: { name: 'Zu löschen' }, papers: 1 });
		expect(
			await thrownBy(async () =>
				deleteActions.default(await eventAs('board', { sourceId: doomed.source.id, form: {} }))
			)
		).toMatchObject({ status: 303, location: '/verwaltung/ratsinfo?geloescht=1' });
		expect(await db.select().from(oparlSource).where(eq(oparlSource.id, doomed.source.id))).toEqual(
			[]
		);
	});
});
