import { createHash } from 'node:crypto';
import { getSitePage } from '../instance/get-site-page';

/**
 * Which Datenschutz text a person consented to: a hash of the Markdown shown at the time (it
 * changes exactly when the text does, also while the default template is in use) and the date of
 * the last save. With the page's history kept by the audit log, the board can tell which text applied.
 */
export async function currentPrivacyVersion(): Promise<{
	version: string;
	updatedAt: Date | null;
}> {
	const page = await getSitePage('datenschutz');
	const hash = createHash('sha256').update(page.markdown, 'utf8').digest('hex').slice(0, 16);
	return { version: `sha256:${hash}`, updatedAt: page.updatedAt };
}
