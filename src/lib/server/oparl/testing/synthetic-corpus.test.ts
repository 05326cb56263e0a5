import { afterEach, describe, expect, it } from 'vitest';
import { startOparlTestServer, type OparlTestServer } from './oparl-test-server';
import { syntheticOparlCorpus } from './synthetic-corpus';

let server: OparlTestServer | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

type Page = { data: Array<Record<string, unknown>>; links: { next?: string } };

describe('synthetic OParl corpus', () => {
	it('is the same for the same seed and differs for another', () => {
		const a = JSON.stringify(syntheticOparlCorpus({ papers: 50, seed: 3 }).objects);
		expect(JSON.stringify(syntheticOparlCorpus({ papers: 50, seed: 3 }).objects)).toBe(a);
		expect(JSON.stringify(syntheticOparlCorpus({ papers: 50, seed: 4 }).objects)).not.toBe(a);
	});

	it('serves 10,000 papers with files, consultations and the agenda items they point at', async () => {
		const corpus = syntheticOparlCorpus({ papers: 10_000 });
		expect(corpus.counts).toMatchObject({ papers: 10_000, meetings: 1_000, files: 20_000 });
		server = await startOparlTestServer({ objects: corpus.objects });
		expect(server.version).toBe('1.1');
		expect(server.counts()).toMatchObject({
			Paper: 10_000,
			Meeting: 1_000,
			AgendaItem: 10_000,
			Consultation: 10_000,
			File: 20_000,
			Person: 60,
			Membership: 180,
			Organization: 8
		});

		const body = (await (await fetch(server.url(corpus.bodyId))).json()) as Record<string, string>;
		let pages = 0;
		const ids = new Set<unknown>();
		for (let next: string | undefined = `${body.paper}?limit=1000`; next; pages++) {
			const page = (await (await fetch(next)).json()) as Page;
			for (const paper of page.data) ids.add(paper.id);
			next = page.links.next;
		}
		expect(pages).toBe(10);
		expect(ids.size).toBe(10_000);

		// A paper's consultation names an agenda item the server delivers, on the meeting it names.
		const paper = (await (await fetch(server.url(`${corpus.bodyId}/paper/1234`))).json()) as {
			reference: string;
			consultation: Array<{ agendaItem: string; meeting: string }>;
			mainFile: { accessUrl: string };
		};
		const agendaItem = (await (await fetch(paper.consultation[0]!.agendaItem)).json()) as Record<
			string,
			string
		>;
		expect(agendaItem.meeting).toBe(paper.consultation[0]!.meeting);
		expect(agendaItem.name).toContain(paper.reference);
		const file = await fetch(paper.mainFile.accessUrl);
		expect(file.headers.get('content-type')).toBe('application/pdf');
	});
});
