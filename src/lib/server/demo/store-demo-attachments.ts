import { storeDocument } from '../files/store-file';
import type { ExportMotion } from '../motions/export/export-model';
import { renderMotionDocx } from '../motions/export/render-docx';
import { renderMotionPdf } from '../motions/export/render-pdf';
import type { DemoAttachment } from './data/motion-attachments';

export interface StoredDemoAttachment {
	motion: string;
	fileName: string;
	sha256: string;
}

/**
 * Renders the demo's attachments with the motion export renderers and keeps them in the file
 * store like uploads (checked by content, stored once, text extraction requested; the job
 * queue's sweep extracts them if it is not running yet, and the motion is reindexed then).
 */
export async function storeDemoAttachments(
	attachments: readonly (DemoAttachment & { motion: string })[]
): Promise<StoredDemoAttachment[]> {
	const stored: StoredDemoAttachment[] = [];
	for (const attachment of attachments) {
		const document: ExportMotion = {
			typeLabel: attachment.typeLabel,
			statusLabel: '',
			title: attachment.title,
			councilName: null,
			factionName: null,
			filedOn: null,
			authors: [],
			topics: [],
			text: attachment.text,
			justification: '',
			answer: null,
			answeredOn: null,
			decision: null,
			sourceLabel: 'Demo-Instanz (erfundene Inhalte)'
		};
		const bytes =
			attachment.format === 'pdf'
				? await renderMotionPdf(document, { lineNumbers: false })
				: await renderMotionDocx(document, { lineNumbers: false });
		const { sha256 } = await storeDocument(new Uint8Array(bytes));
		stored.push({ motion: attachment.motion, fileName: attachment.fileName, sha256 });
	}
	return stored;
}
