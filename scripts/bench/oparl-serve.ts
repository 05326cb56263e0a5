// The benchmark's OParl server in a process of its own (a real council server is not on the
// importer's event loop either): serves a synthetic council and prints its System URL as one
// JSON line on stdout. Ends on SIGTERM or when its parent's stdin closes.
import { startOparlTestServer } from '../../src/lib/server/oparl/testing/oparl-test-server';
import { syntheticOparlCorpus } from '../../src/lib/server/oparl/testing/synthetic-corpus';

const papers = Number(process.env.BENCH_OPARL_PAPERS ?? 10_000);
const corpus = syntheticOparlCorpus({ papers });
const server = await startOparlTestServer({
	objects: corpus.objects,
	pageSize: Number(process.env.BENCH_OPARL_PAGE_SIZE ?? 25),
	latencyMs: Number(process.env.BENCH_OPARL_LATENCY_MS ?? 100),
	// A fixed port where the machine's ports are shared out (default: any free one).
	port: Number(process.env.BENCH_OPARL_PORT ?? 0)
});
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop).resume();
process.stdout.write(`${JSON.stringify({ systemUrl: server.systemUrl, counts: corpus.counts })}\n`);
