import { fail } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { describeProblem } from '$lib/server/directory-import/csv-format';
import { importDirectory, type ImportResult } from '$lib/server/directory-import/import-directory';

/** Far above 1,000 rows (about 150 kB); keeps a wrong file from tying up the server. */
const MAX_BYTES = 5_000_000;
/** Rows listed in the preview; the counts cover all. */
const PREVIEW_ROWS = 200;

export function load(event) {
	requireAccess(event, 'directory.manage');
	return {};
}

/** What the page shows after a check or an import. */
function outcome(result: ImportResult, file: { name: string; content: string }) {
	return {
		fileName: file.name,
		problems: result.problems.map(describeProblem),
		counts: result.counts,
		newFactionNames: result.newFactionNames,
		rows: result.rows.slice(0, PREVIEW_ROWS),
		totalRows: result.rows.length,
		applied: result.applied,
		// The checked file travels with the preview, so "Importieren" needs no second upload.
		content: result.applied ? '' : file.content
	};
}

export const actions = {
	pruefen: async (event) => {
		const user = requireAccess(event, 'directory.manage');
		const file = (await event.request.formData()).get('datei');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { message: 'Bitte eine CSV-Datei auswählen.' });
		if (file.size > MAX_BYTES)
			return fail(400, { message: 'Die Datei ist größer als 5 MB. Bitte in Teilen importieren.' });
		const bytes = new Uint8Array(await file.arrayBuffer());
		const result = await importDirectory({
			by: user,
			input: bytes,
			dryRun: true,
			fileName: file.name
		});
		const shown = outcome(result, {
			name: file.name,
			content: Buffer.from(bytes).toString('base64')
		});
		return result.problems.length > 0 ? fail(400, shown) : shown;
	},
	importieren: async (event) => {
		const user = requireAccess(event, 'directory.manage');
		const formData = await event.request.formData();
		const content = String(formData.get('inhalt') ?? '');
		const name = String(formData.get('dateiname') ?? 'CSV-Datei').slice(0, 200);
		if (content === '' || content.length > (MAX_BYTES * 4) / 3 + 4)
			return fail(400, { message: 'Bitte die Datei zuerst hochladen und prüfen.' });
		const bytes = new Uint8Array(Buffer.from(content, 'base64'));
		// Checked again inside the import's transaction: the directory may have changed meanwhile.
		const result = await importDirectory({ by: user, input: bytes, dryRun: false, fileName: name });
		const shown = outcome(result, { name, content });
		return result.problems.length > 0 ? fail(400, shown) : shown;
	}
};
