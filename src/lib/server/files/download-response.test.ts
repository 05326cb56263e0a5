import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import { csvDownload, storedFileDownload } from './download-response';
import { writeFileBytes } from './file-store';

let dataDir: string;
let sha256: string;
const bytes = Buffer.from('<html><script>alert(1)</script></html>');

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-download-'));
	process.env.DATA_DIR = dataDir;
	resetEnvForTests();
	({ sha256 } = await writeFileBytes(bytes));
});

afterAll(() => {
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('downloads', () => {
	const file = () => ({
		sha256,
		mediaType: 'text/html',
		size: bytes.length,
		fileName: 'Größe.html'
	});

	it('sends a stored file as an attachment that can never run as a page', async () => {
		const response = storedFileDownload(file(), { private: true });
		expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'content-type': 'text/html',
			'content-length': String(bytes.length),
			'content-disposition': `attachment; filename="Grosse.html"; filename*=UTF-8''Gr%C3%B6%C3%9Fe.html`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-cache'
		});
		expect(response.headers.get('etag')).toBeNull();
	});

	it('lets shared caches keep a public file, validated by its hash', async () => {
		const response = storedFileDownload(file(), { private: false, maxAgeSeconds: 3600 });
		await response.arrayBuffer();
		expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
		expect(response.headers.get('etag')).toBe(`"${sha256}"`);
		expect(response.headers.get('content-security-policy')).toContain('sandbox');
	});

	it('sends an export as CSV that no cache keeps', async () => {
		const response = csvDownload({ content: 'Name;Ort\nÄnne;Malchow\n', fileName: 'liste.csv' });
		expect(await response.text()).toBe('Name;Ort\nÄnne;Malchow\n');
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="liste.csv"; filename*=UTF-8''liste.csv`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		});
	});
});
