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
 * for hydration, not only from the visible text. So every check reads the server's answer over
 * HTTP with the visitor's session (no browser: the HTML holds everything a browser would show;
 * these pages' accessibility is checked by person-page.spec.ts and the route-access table).
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { DEMO_GRETA, DEMO_HANNA } from '../../../src/lib/server/demo/data/directory-fixtures';
import { VISITORS, type Visitor } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { articlesIn } from '../support/html';

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
async function personId(board: APIRequestContext, name: string): Promise<string> {
	const response = await get(board, `/api/v1/search?type=person&q=${encodeURIComponent(name)}`);
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

/**
 * A GET as a browser sends it: a kept-alive connection the server closes just then (idle between
 * checks on a busy machine) fails with ECONNRESET, and browsers retry such a GET once.
 */
function get(request: APIRequestContext, url: string, options: { maxRedirects?: number } = {}) {
	return request.get(url, { ...options, maxRetries: 1 });
}

/** A network page refused: anonymous visitors are sent to sign in, interested people get 403. */
function expectRefused(response: APIResponse, visitor: Visitor) {
	if (visitor === 'anonymous') expect(response.url()).toMatch(/\/anmelden\?weiter=/);
	else expect(response.status()).toBe(403);
}

/** The one card (`<article>`) that names `name`, as text. */
function cardOf(html: string, name: string): string {
	const cards = articlesIn(html).filter((card) => card.includes(name));
	expect(cards, `genau eine Karte für ${name}`).toHaveLength(1);
	return cards[0]!;
}

for (const visitor of VISITORS) {
	test(`Verzeichnisdaten als ${visitor}`, async ({ requestAs }) => {
		const board = await requestAs('board');
		const gretaId = await personId(board, GRETA.name);
		const hannaId = await personId(board, HANNA.name!);
		const request = visitor === 'board' ? board : await requestAs(visitor);
		const sees = SEES[visitor];

		await test.step('Personenseiten', async () => {
			const greta = await get(request, `/personen/${gretaId}`);
			expect(greta.status()).toBe(200);
			expectFields(await greta.text(), GRETA, sees.greta, 'Seite Greta');

			const hanna = await get(request, `/personen/${hannaId}`);
			if (sees.hanna === null) {
				// Same answer as for an id that does not exist.
				expect(hanna.status()).toBe(404);
				expectFields(await hanna.text(), HANNA, [], 'Seite Hanna');
			} else {
				expect(hanna.status()).toBe(200);
				expectFields(await hanna.text(), HANNA, sees.hanna, 'Seite Hanna');
			}
		});

		await test.step('Suche (API)', async () => {
			for (const [values, seen, id] of [
				[GRETA, sees.greta, gretaId],
				[HANNA, sees.hanna, hannaId]
			] as const) {
				const response = await get(
					request,
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
			const vg = await (await get(request, '/gebiete/13075')).text();
			expect.soft(vg).toContain(GRETA.name);
			if (!sees.greta.includes('email')) expect.soft(vg).not.toContain(GRETA.email);
			if (!sees.greta.includes('phone')) expect.soft(vg).not.toContain(GRETA.phone);
			const lup = await (await get(request, '/gebiete/13076')).text();
			if (sees.hanna === null) expect.soft(lup).not.toContain(HANNA.name!);
		});

		await test.step('Verzeichnis', async () => {
			const response = await get(request, `/verzeichnis?suche=${encodeURIComponent(GRETA.name)}`);
			const html = await response.text();
			if (!SEES_NETWORK[visitor]) {
				expectRefused(response, visitor);
				expect.soft(html).not.toContain(GRETA.name);
				return;
			}
			const card = cardOf(html, GRETA.name);
			expect.soft(card).toContain(GRETA.mandate);
			expect.soft(card).toContain(GRETA.email);
			// The cards never show the phone; for members it must not even be in the page's data.
			expect.soft(card).not.toContain(GRETA.phone);
			if (!sees.greta.includes('phone')) expect.soft(html).not.toContain(GRETA.phone);

			const hanna = await get(request, `/verzeichnis?suche=${encodeURIComponent(HANNA.name!)}`);
			expect.soft(cardOf(await hanna.text(), HANNA.name!)).toContain(HANNA.email!);
		});

		await test.step('CSV-Export des Vorstands', async () => {
			const response = await get(request, '/verwaltung/export/personen.csv', { maxRedirects: 0 });
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
			const response = await get(request, '/wer-macht-was?thema=haushalt');
			const html = await response.text();
			if (!SEES_NETWORK[visitor]) {
				expectRefused(response, visitor);
				return;
			}
			expectFields(
				cardOf(html, GRETA.name),
				{ name: GRETA.name, email: GRETA.email, phone: GRETA.phone },
				sees.greta,
				'Wer macht was?'
			);
			if (!sees.greta.includes('phone')) expect.soft(html).not.toContain(GRETA.phone);
		});
	});
}
