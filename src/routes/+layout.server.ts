import { effectiveRole } from '$lib/server/auth/policy';
import { publicOrigin } from '$lib/server/auth/public-origin';
import { env } from '$lib/server/config/env';
import { listPublishedCustomPages } from '$lib/server/content/pages/site-page-service';
import { instanceConfig } from '$lib/server/instance/instance-config';
import { FOOTER_LINKS, mainNavigation } from '$lib/server/instance/navigation';
import type { AccountSummary, SiteInfo } from '$lib/shared/navigation';
import { ROLE_LABELS } from '$lib/shared/roles';

// The error page renders inside this layout, also when the database is down: the one query here
// (the board's published pages for the footer) falls back to none.
export async function load({ locals }) {
	const config = instanceConfig();
	const user = locals.user;
	const site: SiteInfo = {
		networkName: config.networkName,
		networkShortName: config.networkShortName,
		partyName: config.party.name,
		origin: publicOrigin()
	};
	const account: AccountSummary | null =
		user && effectiveRole(user) !== 'anonymous'
			? { name: user.name, email: user.email, roleLabel: ROLE_LABELS[effectiveRole(user)] }
			: null;
	return {
		site,
		account,
		navigation: mainNavigation(user),
		footerLinks: FOOTER_LINKS,
		footerPages: (await listPublishedCustomPages().catch(() => [])).map((page) => ({
			href: `/seiten/${page.slug}`,
			label: page.title
		})),
		demo: env().DEMO
	};
}
