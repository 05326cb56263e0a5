import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { oparlResponse } from '../oparl-response';
import { serveOparl } from '../serve-oparl';

/**
 * The API over real HTTP on 127.0.0.1 (port 0), for importing our own system with the
 * importer's HTTP client. Only `/oparl/v1/…`; the route's thin SvelteKit wrapper is tested
 * on its own.
 */
export async function startOparlHttpServer(): Promise<{
	origin: string;
	close: () => Promise<void>;
}> {
	const server = http.createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			if (!url.pathname.startsWith('/oparl/v1/')) {
				res.writeHead(404).end();
				return;
			}
			const answer = await serveOparl(url.pathname.slice('/oparl/v1/'.length), url.searchParams);
			const conditional = req.headers['if-none-match'];
			const request = new Request(url, {
				headers: typeof conditional === 'string' ? { 'if-none-match': conditional } : {}
			});
			const response = oparlResponse(request, answer);
			res.writeHead(response.status, Object.fromEntries(response.headers));
			res.end(Buffer.from(await response.arrayBuffer()));
		})().catch((error: unknown) => {
			console.error('OParl-Testserver:', error);
			if (res.headersSent) res.destroy();
			else res.writeHead(500).end(String(error));
		});
	});
	// The machine is slow under parallel tests: a client reusing a socket that the server's
	// 5-second keep-alive just closed would see a reset.
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
