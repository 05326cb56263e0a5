import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as a test sees it after a real SMTP delivery. */
export interface CaughtMail {
	from: string;
	to: string[];
	subject: string;
	text: string;
	html: string | null;
	headers: Record<string, string>;
	receivedAt: string;
}

export interface SmtpCatcherOptions {
	/** Reject this many deliveries first (to test retries), with a 451 temporary error. */
	rejectFirst?: number;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: every mail the platform sends arrives here over SMTP
 * and is parsed, so tests check what a mail client would see.
 */
export class SmtpCatcher {
	readonly mails: CaughtMail[] = [];
	private server: SMTPServer;
	private waiters: {
		predicate: (mail: CaughtMail) => boolean;
		resolve: (mail: CaughtMail) => void;
	}[] = [];
	private rejectionsLeft: number;
	port = 0;

	constructor(options: SmtpCatcherOptions = {}) {
		this.rejectionsLeft = options.rejectFirst ?? 0;
		this.server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onData: (stream, session, callback) => {
				const chunks: Buffer[] = [];
				stream.on('data', (chunk: Buffer) => chunks.push(chunk));
				stream.on('end', () => {
					if (this.rejectionsLeft > 0) {
						this.rejectionsLeft--;
						const error = new Error('Temporär nicht verfügbar') as Error & { responseCode: number };
						error.responseCode = 451;
						callback(error);
						return;
					}
					simpleParser(Buffer.concat(chunks))
						.then((parsed) => {
							const headers: Record<string, string> = {};
							for (const line of parsed.headerLines)
								headers[line.key] = line.line.slice(line.key.length + 1).trim();
							this.add({
								from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
								to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
								subject: parsed.subject ?? '',
								text: parsed.text ?? '',
								html: typeof parsed.html === 'string' ? parsed.html : null,
								headers,
								receivedAt: new Date().toISOString()
							});
							callback();
						})
						.catch((error: Error) => callback(error));
				});
			}
		});
	}

	async start(port = 0): Promise<number> {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', () => resolve());
		});
		const address = this.server.server.address();
		this.port = typeof address === 'object' && address ? address.port : port;
		return this.port;
	}

	get url(): string {
		return `smtp://127.0.0.1:${this.port}`;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	/** Resolves with the first mail (already received or arriving later) that matches. */
	waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs = 15_000): Promise<CaughtMail> {
		const found = this.mails.find(predicate);
		if (found) return Promise.resolve(found);
		return new Promise((resolve, reject) => {
			const waiter = { predicate, resolve };
			this.waiters.push(waiter);
			setTimeout(() => {
				this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
				reject(new Error(`Keine passende Mail innerhalb von ${timeoutMs} ms empfangen`));
			}, timeoutMs).unref();
		});
	}

	private add(mail: CaughtMail): void {
		this.mails.push(mail);
		for (const waiter of [...this.waiters]) {
			if (waiter.predicate(mail)) {
				this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
				waiter.resolve(mail);
			}
		}
	}

	/**
	 * Read access for tests in another process (Playwright): GET /mails?to=…  lists received mails,
	 * DELETE /mails clears them. Bound to 127.0.0.1 only.
	 */
	async serveHttp(port = 0): Promise<{ port: number; close: () => Promise<void> }> {
		const server = http.createServer((request, response) => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			if (url.pathname !== '/mails') {
				response.writeHead(404).end();
				return;
			}
			if (request.method === 'DELETE') {
				this.mails.splice(0);
				response.writeHead(204).end();
				return;
			}
			const to = url.searchParams.get('to')?.toLowerCase();
			const mails = to
				? this.mails.filter((mail) => mail.to.some((address) => address.toLowerCase() === to))
				: this.mails;
			response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails));
		});
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
		const address = server.address();
		return {
			port: typeof address === 'object' && address ? address.port : port,
			close: () => new Promise((resolve) => server.close(() => resolve()))
		};
	}
}
