// Starts the built platform. A thin custom server around adapter-node's handler so that
// HOST defaults to 127.0.0.1 (not 0.0.0.0), plain-HTTP local use works without ORIGIN, and
// shutdown closes the database cleanly. `--demo` starts the demo instance.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import process from 'node:process';

// Read, not imported: JSON modules still print an experimental warning on Node 20.
const BASELINE_HEADERS = JSON.parse(
	readFileSync(new URL('../src/lib/server/security/baseline-headers.json', import.meta.url), 'utf8')
);

const demo = process.argv.includes('--demo');
if (demo) {
	process.env.DEMO = '1';
	process.env.DATA_DIR ||= './data-demo';
}
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
process.env.HOST = host;
process.env.PORT = String(port);

// Attachments may be up to UPLOAD_MAX_MB (default 20); adapter-node refuses larger request bodies
// (its default is 512 KB) before the app could answer with its German size message.
process.env.BODY_SIZE_LIMIT ||= `${Math.ceil(Number(process.env.UPLOAD_MAX_MB) || 20) + 1}M`;

// adapter-node checks ORIGIN while its handler loads, before our configuration check runs, and
// would stop with an English message; say it the way src/lib/server/config/env.ts says the rest.
if (process.env.ORIGIN && !/^https?:\/\/[^/]/.test(process.env.ORIGIN)) {
	console.error(
		'\nKommunalnetz konnte nicht starten:\nUngültige Konfiguration:\n' +
			'  - ORIGIN: ORIGIN muss eine vollständige Adresse sein, z. B. https://kommunal.example.org\n'
	);
	process.exit(1);
}

// Without ORIGIN, adapter-node assumes https; a local installation is plain http. Behind a TLS
// proxy, set ORIGIN (and the proxy's headers) instead.
const forcedProtocol = process.env.ORIGIN ? undefined : 'http';
if (forcedProtocol) process.env.PROTOCOL_HEADER = 'x-kommunalnetz-proto';

let handler;
try {
	({ handler } = await import('../build/handler.js'));
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	console.error(`\nKommunalnetz konnte nicht starten:\n${message}\n`);
	process.exit(1);
}

// RFC 8058 one-click unsubscribe: mail providers POST to the List-Unsubscribe address from their
// own servers, without an Origin header, and SvelteKit's CSRF check would refuse that form post.
// There the signed token in the path is the authorisation (a forged post could do no more than
// the link itself), so such a post is taken as coming from us. Posts naming a foreign origin
// stay refused. Each entry is the path of a one-click endpoint before its signed token.
const ONE_CLICK_PATHS = [
	'/abbestellen/rundbrief/',
	'/abbestellen/ratsinfo/',
	'/abbestellen/antrag/'
];
const SIGNED_TOKEN = /^[A-Za-z0-9_.-]+$/;

function isOneClickUnsubscribe(url) {
	const path = url ?? '';
	return ONE_CLICK_PATHS.some(
		(prefix) => path.startsWith(prefix) && SIGNED_TOKEN.test(path.slice(prefix.length))
	);
}

const server = http.createServer((req, res) => {
	if (forcedProtocol) req.headers['x-kommunalnetz-proto'] = forcedProtocol;
	if (req.method === 'POST' && !req.headers.origin && isOneClickUnsubscribe(req.url))
		req.headers.origin = process.env.ORIGIN
			? new URL(process.env.ORIGIN).origin
			: `${forcedProtocol}://${req.headers.host}`;
	// Static files (build/client) are answered before the app's hook could add these; pages and
	// endpoints set them again in hooks.server.ts.
	for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Nicht gefunden');
	});
});

server.on('error', (error) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Port ${port} ist schon belegt. Einen anderen wählen: PORT=3001 npm start`
			: `Serverfehler: ${error.message}`
	);
	process.exit(1);
});

server.listen(port, host, () => {
	const shown = host.includes(':') ? `[${host}]` : host;
	console.log(`Kommunalnetz läuft auf http://${shown}:${port}${demo ? ' (Demo)' : ''}`);
});

let stopping = false;
function stop(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal} empfangen, Kommunalnetz wird beendet …`);
	const force = setTimeout(() => server.closeAllConnections(), 10_000);
	server.close(() => {
		clearTimeout(force);
		process.emit('sveltekit:shutdown', signal);
	});
	server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
