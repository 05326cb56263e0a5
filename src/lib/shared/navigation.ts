/** What the root layout hands to the header and footer; computed on the server per request. */
export interface NavLink {
	href: string;
	label: string;
}

export interface AdminTile extends NavLink {
	description: string;
}

export interface SiteInfo {
	networkName: string;
	networkShortName: string;
	partyName: string;
	/** The configured public origin (no trailing slash), for canonical and OpenGraph URLs. */
	origin: string;
}

export interface AccountSummary {
	name: string;
	email: string;
	roleLabel: string;
}
