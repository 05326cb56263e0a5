import { createServer } from 'node:net';
import { HUERTGENWALD_FIXTURE_DIR } from '../../../src/lib/server/oparl/testing/fixture-paths';
import {
	startOparlTestServer,
	type OparlTestServer
} from '../../../src/lib/server/oparl/testing/oparl-test-server';
import { expect, test } from '../support/fixtures';

/** The ADMINUI lane's port range: the spec's council server takes the first free port in it. */
const PORTS = { first: 41750, last: 41799 };

/**
 * The first free port from `first`. A retry starts further on: the first try's source stays on
 * the shared demo instance, and the same address again would be refused as known.
 */
async function freePort(first: number): Promise<number> {
	for (let port = first; port <= PORTS.last; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = createServer()
				.once('error', () => resolve(false))
				.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
		});
		if (free) return port;
	}
	throw new Error(`Kein freier Port zwischen ${PORTS.first} und ${PORTS.last}`);
}

let council: OparlTestServer;

// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from this pattern.
test.beforeAll(async ({}, testInfo) => {
	// The real Hürtgenwald data with its quirks, as a council's OParl 1.0 server would serve it.
	council = await startOparlTestServer({
		fixtureDir: HUERTGENWALD_FIXTURE_DIR,
		port: await freePort(PORTS.first + 10 * testInfo.retry),
		// Short plain text in place of the council's ~1,000 files, should one be fetched: the spec
		// syncs without downloads (see below); downloads and text extraction are tested in Vitest.
		fileContent: () => ({
			body: new TextEncoder().encode('Kein Dokument'),
			contentType: 'text/plain; charset=utf-8'
		})
	});
	// The demo follows the same council (seed-ratsinfo.ts): another name keeps the two apart in
	// the search that council-pages.spec.ts uses on the same instance.
	council.mutate({
		update: {
			'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1': {
				name: 'Gemeinde Hürtgenwald (Testsystem)'
			}
		}
	});
});

test.afterAll(async () => {
	await council?.close();
});

test('the board adds a council system, follows its body, starts a sync, watches it finish and reads the report', async ({
	pageAs
}) => {
	test.setTimeout(180_000);
	const board = await pageAs('board');
	await board.goto('/verwaltung');
	await board
		.getByRole('main')
		.getByRole('link', { name: /^Ratsinfo/ })
		.click();
	await board.getByRole('link', { name: 'Quelle hinzufügen' }).click();

	// A wrong address is explained next to the field and keeps what was typed.
	const address = board.getByRole('textbox', { name: 'Adresse des OParl-Systems' });
	await address.fill('ratsinfo.example.de');
	await board.getByRole('button', { name: 'System lesen' }).click();
	await expect(address).toHaveAttribute('aria-invalid', 'true');
	await expect(address).toHaveValue('ratsinfo.example.de');

	await address.fill(council.systemUrl);
	await board.getByRole('button', { name: 'System lesen' }).click();
	await expect(board).toHaveURL(/\/verwaltung\/ratsinfo\/[0-9a-f-]{36}\?neu=1/);
	await expect(board.getByText('Quelle hinzugefügt.', { exact: false })).toBeVisible();
	const sourcePage = board.url().replace(/\?.*$/, '');

	// Nothing is followed yet, so nothing can be synced.
	await expect(board.getByRole('button', { name: 'Jetzt abgleichen' })).toBeDisabled();
	await board.getByRole('checkbox', { name: /Hürtgenwald/ }).check();
	await board.getByRole('button', { name: 'Auswahl speichern' }).click();
	await expect(board.getByText('Auswahl gespeichert.', { exact: false })).toBeVisible();

	// A faster pace than the default suits the local test server. A source synced on demand only
	// does not fetch its ~1,000 files: queued on the demo instance that every spec shares, those
	// downloads would slow all the others for minutes (and fail once this spec's server stops).
	await board.getByRole('textbox', { name: 'Anfragen pro Sekunde' }).fill('50');
	await board.getByRole('checkbox', { name: /^Regelmäßig abgleichen/ }).uncheck();
	await board.getByRole('button', { name: 'Einstellungen speichern' }).click();
	await expect(board.getByText('Einstellungen gespeichert.')).toBeVisible();

	await board.getByRole('button', { name: 'Jetzt abgleichen' }).click();
	const panel = board.getByRole('region', { name: /Abgleich läuft|Neuester Abgleich/ });
	// The live panel follows the run (polling) until it has finished, without a reload.
	await expect(panel.getByText('abgeschlossen', { exact: true })).toBeVisible({ timeout: 150_000 });
	await expect(board).toHaveURL(new RegExp(`^${sourcePage}`));
	const figures = panel.getByRole('definition');
	await expect(figures.first()).not.toHaveText('0');
	const history = board.getByRole('region', { name: 'Bisherige Läufe' });
	await expect(history.getByRole('row')).toHaveCount(2);

	// The report: the fixture's quirks, grouped by kind, each with its URL.
	await board.getByRole('link', { name: 'Fehlerbericht', exact: true }).click();
	await expect(board.getByRole('heading', { name: 'Fehlerbericht', level: 1 })).toBeVisible();
	const kinds = board.getByRole('region', { name: 'Nach Art' });
	await expect(kinds.getByRole('link', { name: /Verweis ins Leere/ })).toBeVisible();
	await kinds.getByRole('link', { name: /Verweis ins Leere/ }).click();
	await expect(
		board.getByRole('listitem').filter({ hasText: council.baseUrl }).first()
	).toBeVisible();
	const csv = await board.request.get(`${sourcePage}/probleme.csv?art=dangling_reference`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('dangling_reference;Verweis ins Leere;');

	// The source stays (paused, nothing queued): deleting it here would take its council's
	// pages away while the anonymous crawl may be visiting them on the other worker. Deleting a
	// source is tested in Vitest (oparl/admin/delete-source.test.ts and the route's test).
});
