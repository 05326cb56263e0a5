import { afterEach, describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../files/extract-text';
import { HUERTGENWALD_API, HUERTGENWALD_FIXTURE_DIR } from './fixture-paths';
import { startOparlTestServer, type OparlTestServer } from './oparl-test-server';

type Json = Record<string, unknown> & {
	data?: Array<Record<string, unknown>>;
	links?: Record<string, string>;
	pagination?: Record<string, number>;
};

const servers: OparlTestServer[] = [];
async function start(options: Parameters<typeof startOparlTestServer>[0]) {
	const server = await startOparlTestServer(options);
	servers.push(server);
	return server;
}
afterEach(async () => {
	await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function getJson(url: string): Promise<Json> {
	const response = await fetch(url);
	expect(response.status, url).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
	return (await response.json()) as Json;
}

/** Every item of a list, following `links.next` as a client does. */
async function walk(url: string): Promise<Array<Record<string, unknown>>> {
	const items: Array<Record<string, unknown>> = [];
	for (let next: string | undefined = url; next;) {
		const page = await getJson(next);
		items.push(...(page.data ?? []));
		next = page.links?.next;
	}
	return items;
}

const PAPER_WITH_JPEG = `${HUERTGENWALD_API}/body/1/paper/1265`;
const TOMBSTONE = `${HUERTGENWALD_API}/body/1/paper/3435`;

describe('OParl test server on the Hürtgenwald fixture', () => {
	it('serves it as OParl 1.0 at its own address, with every quirk kept', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		expect(server.version).toBe('1.0');
		expect(server.systemUrl).toBe(`${server.baseUrl}/rim4220/webservice/oparl/v1.0/system`);

		const system = await getJson(server.systemUrl);
		expect(system.type).toBe('https://schema.oparl.org/1.0/System');
		expect(system['STERNBERG:RIMVersion']).toBe('5.0.4');
		const bodies = await walk(String(system.body));
		expect(bodies).toHaveLength(1);
		const body = bodies[0]!;
		expect(body.id).toBe(`${server.baseUrl}/rim4220/webservice/oparl/v1.0/body/1`);
		expect(body.legislativeTerm).toBeUndefined();
		// 1.0 advertises only the four lists; the body's Location keeps its swapped coordinates.
		expect(body.agendaItem).toBeUndefined();
		const location = body.location as {
			geojson: { geometry: { coordinates: number[] } };
			postalCode: string;
		};
		expect(location.geojson.geometry.coordinates[0]).toBeCloseTo(50.72, 2);
		expect(location.postalCode).toBe('52393\u00a0');

		const papers = await walk(String(body.paper));
		expect(papers).toHaveLength(100);
		expect(papers.filter((paper) => paper.deleted === true)).toHaveLength(7);
		expect(new Set(papers.map((paper) => paper.id)).size).toBe(100);
		expect(papers.every((paper) => String(paper.id).startsWith(server.baseUrl))).toBe(true);
		expect(await walk(String(body.meeting))).toHaveLength(100);
		expect(await walk(String(body.person))).toHaveLength(49);
		const organizations = await walk(String(body.organization));
		expect(organizations).toHaveLength(22);
		expect(organizations.some((o) => String(o.created).startsWith('1970-01-01'))).toBe(true);

		// Objects, embedded ones included, at their own URL; HTML links untouched.
		const paper = await getJson(server.url(PAPER_WITH_JPEG));
		expect(paper.name).toBe('Gewerbe- und Dienstleistungsschau');
		expect(String(paper.web)).toMatch(/^https:\/\/sdnetrim\.kdvz-frechen\.de\//);
		const mainFile = paper.mainFile as Record<string, string>;
		expect((await getJson(mainFile.id!)).name).toBe(mainFile.name);
		expect((await getJson(server.url(TOMBSTONE))).deleted).toBe(true);
		// Dangling list URLs of organizations stay dangling.
		const dangling = await fetch(server.url(`${HUERTGENWALD_API}/body/1/organization/1-3/meeting`));
		expect(dangling.status).toBe(404);
	});

	it('pages lists with OParl links and pagination, honouring limit', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, pageSize: 30 });
		const listUrl = server.url(`${HUERTGENWALD_API}/body/1/paper`);
		const first = await getJson(listUrl);
		expect(first.pagination).toEqual({
			totalElements: 100,
			elementsPerPage: 30,
			currentPage: 1,
			totalPages: 4
		});
		expect(first.links?.next).toBe(`${listUrl}?page=2`);
		expect(first.links?.prev).toBeUndefined();
		const last = await getJson(`${listUrl}?page=4`);
		expect(last.data).toHaveLength(10);
		expect(last.links?.next).toBeUndefined();
		const limited = await getJson(`${listUrl}?limit=5`);
		expect(limited.data).toHaveLength(5);
		expect(limited.links?.next).toBe(`${listUrl}?limit=5&page=2`);
	});

	it('serves it as OParl 1.1 with the lists of formerly embedded objects', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, version: '1.1' });
		const system = await getJson(server.systemUrl);
		expect(system.oparlVersion).toBe('https://schema.oparl.org/1.1/');
		const [body] = await walk(String(system.body));
		expect(body!.type).toBe('https://schema.oparl.org/1.1/Body');
		const agendaItems = await walk(`${String(body!.agendaItem)}?limit=1000`);
		expect(agendaItems.length).toBeGreaterThan(1000);
		expect(
			agendaItems.every((item) => item.type === 'https://schema.oparl.org/1.1/AgendaItem')
		).toBe(true);
		expect((await walk(String(body!.membership))).length).toBe(533);
	});

	it('filters by modified_since, or ignores or rejects filters like some 1.0 servers', async () => {
		const honouring = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		const url = (server: OparlTestServer, since: string) =>
			`${server.url(`${HUERTGENWALD_API}/body/1/paper`)}?modified_since=${encodeURIComponent(since)}`;
		const recent = await walk(url(honouring, '2021-01-01T00:00:00+01:00'));
		expect(recent.length).toBeGreaterThan(0);
		expect(recent.length).toBeLessThan(100);
		expect(
			recent.every(
				(paper) => Date.parse(String(paper.modified)) >= Date.parse('2021-01-01T00:00:00+01:00')
			)
		).toBe(true);
		// An unencoded "+" arrives as a space and is understood.
		expect(
			await walk(
				`${honouring.url(`${HUERTGENWALD_API}/body/1/paper`)}?modified_since=2021-01-01T00:00:00+01:00`
			)
		).toHaveLength(recent.length);
		expect((await fetch(url(honouring, 'gestern'))).status).toBe(400);

		const ignoring = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, listFilters: 'ignore' });
		expect(await walk(url(ignoring, '2021-01-01T00:00:00+01:00'))).toHaveLength(100);
		const rejecting = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, listFilters: 'reject' });
		expect((await fetch(url(rejecting, '2021-01-01T00:00:00+01:00'))).status).toBe(400);
	});

	it('serves files: a PDF whose text can be extracted, JPEGs as JPEGs', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		const paper = await getJson(server.url(PAPER_WITH_JPEG));
		const mainFile = paper.mainFile as Record<string, string>;
		const download = await fetch(mainFile.downloadUrl!);
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('application/pdf');
		expect(download.headers.get('content-disposition')).toContain('Beschlussvorlage_20-2010.pdf');
		const text = await extractDocumentText(
			new Uint8Array(await download.arrayBuffer()),
			'application/pdf'
		);
		expect(text).toContain('Beschlussvorlage (Gewerbe- und Dienstleistungsschau)');
		expect(text).toContain('20/2010');

		const image = (paper.auxiliaryFile as Array<Record<string, string>>)[0]!;
		const jpeg = await fetch(image.accessUrl!);
		expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
		expect([...new Uint8Array(await jpeg.arrayBuffer()).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

		server.setFileContent(mainFile.id!, {
			body: new Uint8Array(5000),
			contentType: 'application/pdf'
		});
		expect(Number((await fetch(mainFile.accessUrl!)).headers.get('content-length'))).toBe(5000);
		const head = await fetch(mainFile.accessUrl!, { method: 'HEAD' });
		expect(head.status).toBe(200);
	});
});

describe('OParl test server faults', () => {
	it('fails as often as told, with Retry-After, and logs every request', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		const fault = server.injectFault({
			kind: 'status',
			status: 503,
			retryAfter: 2,
			match: '/paper',
			times: 2
		});
		const listUrl = server.url(`${HUERTGENWALD_API}/body/1/paper`);
		const failed = await fetch(listUrl);
		expect(failed.status).toBe(503);
		expect(failed.headers.get('retry-after')).toBe('2');
		expect((await fetch(listUrl)).status).toBe(503);
		expect((await fetch(listUrl)).status).toBe(200);
		expect(fault.hits).toBe(2);
		expect((await fetch(server.systemUrl)).status).toBe(200);
		expect(server.requests.map((r) => [r.status, r.fault])).toEqual([
			[503, 'status'],
			[503, 'status'],
			[200, null],
			[200, null]
		]);
	});

	it('drops connections, answers slowly, breaks JSON and lies about counts', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		const listUrl = server.url(`${HUERTGENWALD_API}/body/1/paper`);

		const dropped = server.injectFault({ kind: 'drop', times: 1 });
		await expect(fetch(listUrl)).rejects.toThrow();
		dropped.remove();

		server.injectFault({ kind: 'delay', ms: 5_000, times: 1 });
		await expect(fetch(listUrl, { signal: AbortSignal.timeout(200) })).rejects.toThrow();

		server.injectFault({ kind: 'brokenJson', times: 1 });
		const broken = await fetch(listUrl);
		expect(broken.status).toBe(200);
		await expect(broken.json()).rejects.toThrow();

		server.injectFault({ kind: 'wrongCount', times: 1 });
		await fetch(server.systemUrl); // not a list: the rule waits for one
		expect((await getJson(listUrl)).pagination?.totalElements).toBe(107);
		expect((await getJson(listUrl)).pagination?.totalElements).toBe(100);
		expect(server.requests.some((r) => r.status === 'dropped')).toBe(true);
	});

	it('counts the requests in flight at once, for concurrency limits', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, latencyMs: 150 });
		await Promise.all([1, 2, 3].map(() => fetch(server.systemUrl)));
		expect(server.maxConcurrentRequests).toBe(3);
		server.clearRequests();
		for (let i = 0; i < 2; i++) await fetch(server.systemUrl);
		expect(server.maxConcurrentRequests).toBe(1);
		expect(server.requests.every((r) => r.durationMs >= 140)).toBe(true);
	});

	it('injects random faults reproducibly for a seed', async () => {
		const outcomes = async () => {
			const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR, faultRate: 0.5, seed: 7 });
			const results: string[] = [];
			for (let i = 0; i < 20; i++)
				results.push(
					await fetch(server.systemUrl).then(
						(r) => String(r.status),
						() => 'drop'
					)
				);
			return results;
		};
		const first = await outcomes();
		expect(first.filter((r) => r !== '200').length).toBeGreaterThan(3);
		expect(await outcomes()).toEqual(first);
	});
});

describe('OParl test server changes between runs', () => {
	it('updates, deletes and adds objects with a fresh modified date', async () => {
		const server = await start({ fixtureDir: HUERTGENWALD_FIXTURE_DIR });
		const listUrl = server.url(`${HUERTGENWALD_API}/body/1/paper`);
		const before = new Date();
		const at = server.mutate({
			update: { [PAPER_WITH_JPEG]: { name: 'Gewerbeschau (geändert)' } },
			delete: [`${HUERTGENWALD_API}/body/1/paper/1258`, `${HUERTGENWALD_API}/body/1/file/2-51`],
			add: [
				{
					id: `${HUERTGENWALD_API}/body/1/paper/99999`,
					type: 'https://schema.oparl.org/1.0/Paper',
					body: `${HUERTGENWALD_API}/body/1`,
					name: 'Neue Vorlage'
				}
			]
		});
		expect(Date.parse(at)).toBeGreaterThanOrEqual(before.getTime() - 1);
		const changed = await walk(
			`${listUrl}?modified_since=${encodeURIComponent(before.toISOString())}`
		);
		expect(changed.map((paper) => [paper.id, paper.name ?? null, paper.deleted ?? false])).toEqual([
			[server.url(`${HUERTGENWALD_API}/body/1/paper/1258`), null, true],
			[server.url(PAPER_WITH_JPEG), 'Gewerbeschau (geändert)', false],
			[server.url(`${HUERTGENWALD_API}/body/1/paper/99999`), 'Neue Vorlage', false]
		]);
		// The deleted embedded file left its paper (whose modified moved) and is a tombstone itself.
		const paper = await getJson(server.url(PAPER_WITH_JPEG));
		expect(paper.auxiliaryFile).toEqual([]);
		expect((await getJson(server.url(`${HUERTGENWALD_API}/body/1/file/2-51`))).deleted).toBe(true);
		expect(await walk(listUrl)).toHaveLength(101);
	});
});

describe('OParl test server on objects in memory', () => {
	it('makes up the System and Body the objects lack', async () => {
		const server = await start({
			version: '1.1',
			objects: [
				{
					id: 'https://ris.example/oparl/body/7/paper/1',
					type: 'https://schema.oparl.org/1.1/Paper',
					body: 'https://ris.example/oparl/body/7',
					name: 'Radweg',
					modified: '2024-01-01T00:00:00+01:00'
				}
			]
		});
		const system = await getJson(server.systemUrl);
		const [body] = await walk(String(system.body));
		expect(body!.id).toBe(`${server.baseUrl}/oparl/body/7`);
		const papers = await walk(String(body!.paper));
		expect(papers.map((paper) => paper.id)).toEqual([`${server.baseUrl}/oparl/body/7/paper/1`]);
		expect(server.counts()).toMatchObject({ Body: 1, Paper: 1 });
	});
});
