import { requireAccess } from '$lib/server/auth/policy';
import { getSitePage } from '$lib/server/instance/get-site-page';

export async function load(event) {
	requireAccess(event, 'public.read');
	const page = await getSitePage('datenschutz');
	return { title: page.title, html: page.html, updatedAt: page.updatedAt };
}
