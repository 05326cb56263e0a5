/**
 * Who sees which personal data of the directory, across every place that shows people: the
 * person page, the members' directory, the search API, "Wer macht was?", the area pages and the
 * board's CSV export.
 * The demo fixtures are made for this (see src/lib/server/demo/data/directory-fixtures.ts):
 *
 * - Greta Beispielhaft holds a seat in the Kreistag Vorpommern-Greifswald (public record);
 *   biography and topics public, e-mail for members, phone for the board and the faction admin
 *   of her faction (Jonas, the demo faction admin).
 * - Hanna Verborgen is only a sachkundige Einwohnerin: not public record, so nobody without an
 *   account learns she exists, although her e-mail address is marked public.
 *
 * Hidden values must be missing from the whole response, including the data SvelteKit embeds
 * for hydration, not only from the visible text.
 */
import type { Page } from '@playwright/test';
import { DEMO_GRETA, DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { VISITORS, type Visitor } from '../support/accounts';
import { expect, test } from '../support/fixtures';

type Field = 'name' | 'mandate' | 'biography' | 'topics' | 'email' | 'phone';

const GRETA: Record<Field, string> = {
	name: DEMO_GRETA.name,
	mandate: DEMO_GRETA.council,
	biography: 'solider Kreishaushalt',
	topics: 'ÖPNV und Mobilität',
	email: DEMO_GRETA.email,
	phone: DEMO_GRETA.phone
};

const HANNA: Partial<Record<Field, string>> = {
	name: DEMO_HANNA.name,
	mandate: DEMO_HANNA.committee,
	email: DEMO_HANNA.email
};

const PUBLIC_RECORD: Field[] = ['name', 'mandate', 'biography', 'topics'];
const MEMBERS: Field[] = [...PUBLIC_RECORD, 'email'];
const ALL: Field[] = [...MEMBERS, 'phone'];

/** Exactly the fields each visitor sees; null: the person is not there for them at all. */
const SEES: Record<Visitor, { greta: Field[]; hanna: Field[] | null }> = {
	anonymous: { greta: PUBLIC_RECORD, hanna: null },
	// Interested people have an account but no access to the network: the public's view.
	interested: { greta: PUBLIC_RECORD, hanna: null },
	member: { greta: MEMBERS, hanna: ['name', 'mandate', 'email'] },
	// Jonas maintains Greta's faction, not Hanna's (Kreistag Ludwigslust-Parchim).
	faction_admin: { greta: ALL, hanna: ['name', 'mandate', 'email'] },
	board: { greta: ALL, hanna: ['name', 'mandate', 'email'] }
};

const SEES_NETWORK: Record<Visitor, boolean> = {
	anonymous: false,
	interested: false,
	member: true,
	faction_admin: true,
	board: true
};

interface SearchBody {
	total: number;
	items: { type: string; id: string; title: string; snippet: string; url: string }[];
}

/** The person's id, looked up by the board (who sees everyone). */
async function personId(board: Page, name: string): Promise<string> {
	const response = await board.request.get(
		`/api/v1/search?type=person&q=${encodeURIComponent(name)}`
	);
	expect(response.status()).toBe(200);
	const body = (await response.json()) as SearchBody;
	const found = body.items.filter((item) => item.title === name);
	expect(found, `${name} genau einmal in der Suche des Vorstands`).toHaveLength(1);
	return found[0]!.id;
}

/** Asserts that `text` holds exactly the fields in `seen` of `values`. */
function expectFields(
	text: string,
	values: Partial<Record<Field, string>>,
	seen: readonly Field[],
	where: string
) {
	for (const [field, value] of Object.entries(values) as [Field, string][]) {
		if (seen.includes(field)) expect.soft(text, `${where}: ${field} fehlt`).toContain(value);
		else expect.soft(text, `${where}: ${field} sichtbar`).not.toContain(value);
	}
}

// Many pages per visitor, each also analysed with axe afterwards.
test.describe.configure({ timeout: 180_000 });

for (const visitor of VISITORS) {
	test(`Verzeichnisdaten als ${visitor}`, async ({ pageAs }) => {
		const board = await pageAs('board');
		const gretaId = await personId(board, GRETA.name);
		const hannaId = await personId(board, HANNA.name!);
		const page = visitor === 'board' ? board : await pageAs(visitor);
		const sees = SEES[visitor];

		await test.step('Personenseiten', async () => {
			const greta = await page.goto(`/personen/${gretaId}`);
			expect(greta?.status()).toBe(200);
			expectFields(await page.content(), GRETA, sees.greta, 'Seite Greta');

			const hanna = await page.goto(`/personen/${hannaId}`);
			if (sees.hanna === null) {
				// Same answer as for an id that does not exist.
				expect(hanna?.status()).toBe(404);
				expectFields(await page.content(), HANNA, [], 'Seite Hanna');
			} else {
				expect(hanna?.status()).toBe(200);
				expectFields(await page.content(), HANNA, sees.hanna, 'Seite Hanna');
			}
		});

		await test.step('Suche (API)', async () => {
			for (const [values, seen, id] of [
				[GRETA, sees.greta, gretaId],
				[HANNA, sees.hanna, hannaId]
			] as const) {
				const response = await page.request.get(
					`/api/v1/search?type=person&q=${encodeURIComponent(values.name!)}`
				);
				expect(response.status()).toBe(200);
				const body = (await response.json()) as SearchBody;
				const hits = body.items.filter((item) => item.id === id);
				expect(hits, `${values.name} in der Suche`).toHaveLength(seen === null ? 0 : 1);
				// Search results carry no contact data for anyone; the person page has what is visible.
				const text = JSON.stringify(body);
				expect.soft(text).not.toContain(values.email!);
				if (values.phone) expect.soft(text).not.toContain(values.phone);
				if (seen === null) expect.soft(text).not.toContain(values.name!);
			}
		});

		await test.step('Gebietsseiten', async () => {
			// Vorpommern-Greifswald shows Greta's seat; Ludwigslust-Parchim must not give Hanna away.
			await page.goto('/gebiete/13075');
			const vg = await page.content();
			expect.soft(vg).toContain(GRETA.name);
			if (!sees.greta.includes('email')) expect.soft(vg).not.toContain(GRETA.email);
			if (!sees.greta.includes('phone')) expect.soft(vg).not.toContain(GRETA.phone);
			await page.goto('/gebiete/13076');
			if (sees.hanna === null) expect.soft(await page.content()).not.toContain(HANNA.name!);
		});

		await test.step('Verzeichnis', async () => {
			const response = await page.goto(`/verzeichnis?suche=${encodeURIComponent(GRETA.name)}`);
			if (!SEES_NETWORK[visitor]) {
				if (visitor === 'anonymous') await expect(page).toHaveURL(/\/anmelden\?weiter=/);
				else expect(response?.status()).toBe(403);
				expect.soft(await page.content()).not.toContain(GRETA.name);
				return;
			}
			const card = page.getByRole('article').filter({ hasText: GRETA.name });
			await expect(card).toHaveCount(1);
			await expect.soft(card).toContainText(GRETA.mandate);
			await expect.soft(card).toContainText(GRETA.email);
			// The cards never show the phone; for members it must not even be in the page's data.
			await expect.soft(card).not.toContainText(GRETA.phone);
			if (!sees.greta.includes('phone'))
				expect.soft(await page.content()).not.toContain(GRETA.phone);

			await page.goto(`/verzeichnis?suche=${encodeURIComponent(HANNA.name!)}`);
			const hanna = page.getByRole('article').filter({ hasText: HANNA.name! });
			await expect(hanna).toHaveCount(1);
			await expect.soft(hanna).toContainText(HANNA.email!);
		});

		await test.step('CSV-Export des Vorstands', async () => {
			const response = await page.request.get('/verwaltung/export/personen.csv', {
				maxRedirects: 0
			});
			const text = await response.text();
			if (visitor !== 'board') {
				// Everyone's contact data whatever their visibility: the board's alone.
				if (visitor === 'anonymous') expect(response.status()).toBe(303);
				else expect(response.status()).toBe(403);
				expect.soft(text).not.toContain(GRETA.phone);
				expect.soft(text).not.toContain(HANNA.email!);
				return;
			}
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^text\/csv/);
			expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
			const greta = text.split(/\r?\n/).filter((line) => line.includes(GRETA.email));
			expect(greta.length).toBeGreaterThan(0);
			expect.soft(greta.join('\n')).toContain(GRETA.phone);
			expect.soft(greta.join('\n')).toContain(GRETA.mandate);
			expect.soft(text).toContain(HANNA.email!);
		});

		await test.step('Wer macht was?', async () => {
			const response = await page.goto('/wer-macht-was?thema=haushalt');
			if (!SEES_NETWORK[visitor]) {
				if (visitor === 'anonymous') await expect(page).toHaveURL(/\/anmelden\?weiter=/);
				else expect(response?.status()).toBe(403);
				return;
			}
			const card = page.getByRole('article').filter({ hasText: GRETA.name });
			await expect(card).toHaveCount(1);
			expectFields(
				await card.innerText(),
				{ name: GRETA.name, email: GRETA.email, phone: GRETA.phone },
				sees.greta,
				'Wer macht was?'
			);
			if (!sees.greta.includes('phone'))
				expect.soft(await page.content()).not.toContain(GRETA.phone);
		});
	});
}
