import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { databaseHandle } from '$lib/server/db';

export async function GET() {
	const handle = databaseHandle();
	try {
		await handle.db.execute(sql`select 1`);
		return json(
			{ status: 'ok', database: handle.kind },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch {
		return json({ status: 'error', database: handle.kind }, { status: 503 });
	}
}
