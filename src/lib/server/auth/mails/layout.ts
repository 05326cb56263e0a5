/**
 * Plain German text plus a simple HTML twin for every account mail. Mail clients strip styles and
 * block remote content, so the HTML is deliberately basic: paragraphs, one link button, no images.
 */
export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

export interface MailParts {
	subject: string;
	paragraphs: string[];
	action?: { label: string; url: string };
	/** Shown after the action, e.g. how long a link holds or what to do if it was not you. */
	notes?: string[];
}

const SIGNATURE = 'Ihr Kommunalnetz';

export function escapeHtml(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

export function renderMail(parts: MailParts): MailContent {
	const notes = parts.notes ?? [];
	const text = [
		'Hallo,',
		...parts.paragraphs,
		...(parts.action ? [`${parts.action.label}:\n${parts.action.url}`] : []),
		...notes,
		`Viele Grüße\n${SIGNATURE}`
	].join('\n\n');

	const paragraph = (content: string) =>
		`<p style="margin:0 0 16px">${escapeHtml(content).replaceAll('\n', '<br>')}</p>`;
	const action = parts.action
		? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#a30034;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(parts.action.label)}</a></p>` +
			`<p style="margin:0 0 16px;font-size:14px;color:#334155">Falls der Knopf nicht funktioniert, öffnen Sie diesen Link:<br>${escapeHtml(parts.action.url)}</p>`
		: '';
	const html = [
		'<!doctype html><html lang="de"><head><meta charset="utf-8">',
		`<title>${escapeHtml(parts.subject)}</title></head>`,
		'<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">',
		paragraph('Hallo,'),
		...parts.paragraphs.map(paragraph),
		action,
		...notes.map(paragraph),
		paragraph(`Viele Grüße\n${SIGNATURE}`),
		'</body></html>'
	].join('');
	return { subject: parts.subject, text, html };
}
