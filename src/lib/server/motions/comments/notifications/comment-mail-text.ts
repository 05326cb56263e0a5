import { absoluteUrl } from '../../../auth/public-origin';
import { instanceConfig } from '../../../instance/instance-config';

export interface CommentForMail {
	motionId: string;
	motionTitle: string;
	kind: 'comment' | 'experience';
	body: string;
	commenterName: string;
}

const EXCERPT_LENGTH = 1_500;

/** The comment itself (Markdown, read as plain text), shortened when long. */
function excerpt(body: string): string {
	const text = body.trim();
	return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

/** To one author of the motion: who wrote what, where to answer, and how to stop these mails. */
export function commentMail(
	comment: CommentForMail,
	links: { motion: string; all: string }
): { subject: string; text: string } {
	const what = comment.kind === 'experience' ? 'einen Erfahrungsbericht' : 'einen Kommentar';
	const subject =
		comment.kind === 'experience'
			? `Neuer Erfahrungsbericht zu Ihrem Antrag „${comment.motionTitle}“`
			: `Neuer Kommentar zu Ihrem Antrag „${comment.motionTitle}“`;
	const url = absoluteUrl(`/antraege/${comment.motionId}#kommentare`);
	const text = [
		`${comment.commenterName} hat ${what} zu Ihrem Antrag „${comment.motionTitle}“ geschrieben:`,
		'',
		excerpt(comment.body),
		'',
		`Zum Antrag (dort können Sie antworten): ${url}`,
		'',
		'-- ',
		'Sie erhalten diese Mail, weil Sie den Antrag mitgeschrieben haben.',
		`Keine Mails mehr zu diesem Antrag: ${links.motion}`,
		`Keine Mails mehr zu Kommentaren auf Ihre Anträge: ${links.all}`,
		'',
		instanceConfig().networkName
	].join('\n');
	return { subject, text };
}
