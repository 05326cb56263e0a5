import { escapeHtml } from '../../auth/mails/layout';
import { publicOrigin } from '../../auth/public-origin';
import { instanceConfig } from '../../instance/instance-config';

/** The links of briefing mails, as plain-text lines and as HTML. */
export function mailLink(href: string, label: string): string {
	return `<a href="${escapeHtml(href)}" style="color:#1e3a8a">${escapeHtml(label)}</a>`;
}

/**
 * The foot of every mail about a followed council's meetings: why the person gets it, the signed
 * link that stops them (also in List-Unsubscribe) and where follows are managed.
 */
export function briefingFooter(
	bodyName: string,
	unfollowUrl: string
): { text: string; html: string } {
	const why = `Sie erhalten diese Mail, weil Sie ${bodyName} im Ratsinfo von ${instanceConfig().networkName} folgen.`;
	const manage = `${publicOrigin()}/konto#gefolgte-raete`;
	return {
		text: `-- \n\n${why}\nKeine Mails mehr zu ${bodyName}: ${unfollowUrl}\nGefolgte Räte verwalten: ${manage}`,
		html: [
			'<hr style="margin:32px 0 16px;border:none;border-top:1px solid #cbd5e1">',
			`<p style="font-size:14px;color:#334155;margin:0 0 8px">${escapeHtml(why)}</p>`,
			`<p style="font-size:14px;color:#334155;margin:0">${mailLink(unfollowUrl, `Keine Mails mehr zu ${bodyName}`)} · ${mailLink(manage, 'Gefolgte Räte verwalten')}</p>`
		].join('')
	};
}

/** The frame of a briefing mail's HTML around its content. */
export function briefingHtml(subject: string, content: string): string {
	return [
		'<!doctype html><html lang="de"><head><meta charset="utf-8">',
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">',
		content,
		'</body></html>'
	].join('');
}
