import { escapeHtml } from '../auth/mails/layout';
import { publicOrigin } from '../auth/public-origin';
import { renderMarkdown } from '../content/render-markdown';
import { instanceConfig } from '../instance/instance-config';

export interface NewsletterMail {
	subject: string;
	text: string;
	html: string;
}

/**
 * Links and images in the body point at our own pages (`/aktuelles/…`, `/medien/<sha>`); in a
 * mail a path means nothing, so they become absolute.
 */
function absoluteLinks(html: string, origin: string): string {
	return html.replace(/(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

function absoluteMarkdownLinks(markdown: string, origin: string): string {
	return markdown.replace(/\]\(\/(?!\/)/g, `](${origin}/`);
}

/**
 * One Rundbrief as mailed: the Markdown source as the plain-text part (Markdown reads well as
 * text), the rendered HTML as the other, and a footer that says why the mail comes and how to
 * stop it. `unsubscribeUrl` is null for the board's test mail to itself.
 */
export function newsletterMail(options: {
	subject: string;
	body: string;
	unsubscribeUrl: string | null;
	test?: boolean;
}): NewsletterMail {
	const origin = publicOrigin();
	const network = instanceConfig().networkName;
	const subject = options.test ? `[Test] ${options.subject}` : options.subject;
	const why = `Sie erhalten diesen Rundbrief, weil Sie ein Konto bei ${network} haben.`;
	const stop = options.unsubscribeUrl
		? `Keine Rundbriefe mehr erhalten: ${options.unsubscribeUrl}`
		: 'Testversand: In den echten Mails steht hier der persönliche Abmeldelink.';
	const text = [
		absoluteMarkdownLinks(options.body.trim(), origin),
		'-- ',
		`${why}\n${stop}\nEinstellungen: ${origin}/konto`
	].join('\n\n');

	const footerLink = options.unsubscribeUrl
		? `<a href="${escapeHtml(options.unsubscribeUrl)}" style="color:#334155">Keine Rundbriefe mehr erhalten</a>`
		: escapeHtml(stop);
	const html = [
		'<!doctype html><html lang="de"><head><meta charset="utf-8">',
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">',
		absoluteLinks(renderMarkdown(options.body), origin),
		'<hr style="margin:32px 0 16px;border:none;border-top:1px solid #cbd5e1">',
		`<p style="font-size:14px;color:#334155;margin:0 0 8px">${escapeHtml(why)}</p>`,
		`<p style="font-size:14px;color:#334155;margin:0">${footerLink} · <a href="${escapeHtml(origin)}/konto" style="color:#334155">Einstellungen</a></p>`,
		'</body></html>'
	].join('');
	return { subject, text, html };
}
