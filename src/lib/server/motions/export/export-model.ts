/**
 * What the PDF and DOCX exports print, as a plain object: the route fills it from the motion it
 * has read (access already checked), the renderers never touch the database.
 */
export interface ExportMotion {
	/** "Antrag", "Anfrage", … */
	typeLabel: string;
	statusLabel: string;
	title: string;
	councilName: string | null;
	factionName: string | null;
	/** Already formatted for people, e.g. "12. März 2026". */
	filedOn: string | null;
	authors: string[];
	topics: string[];
	/** Markdown. */
	text: string;
	/** Markdown. */
	justification: string;
	/** Inquiries: the administration's answer (Markdown). */
	answer: string | null;
	answeredOn: string | null;
	/** e.g. "beschlossen am 2. April 2026: 21 Ja, 9 Nein, 2 Enthaltungen". */
	decision: string | null;
	/** The network's name, printed small in the footer. */
	sourceLabel: string;
}

export interface ExportOptions {
	/** Number every line of the text, justification and answer (for amendments by line). */
	lineNumbers: boolean;
}

/** The export's file name stem: the title, reduced to characters every system keeps. */
export function exportFileStem(motion: Pick<ExportMotion, 'typeLabel' | 'title'>): string {
	const stem = `${motion.typeLabel} ${motion.title}`
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex -- control characters have no place in a file name
		.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 80)
		.trim();
	return stem || 'Antrag';
}
