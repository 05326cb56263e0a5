import type { MandateView } from './directory-views';

/** One line for a mandate: "Mitglied, Kreistag X (Fraktion Y)", "Sprecher*in für ÖPNV, Fraktion Y". */
export function mandateText(mandate: MandateView): string {
	const role = mandate.topic ? `${mandate.roleLabel} für ${mandate.topic.name}` : mandate.roleLabel;
	const faction = mandate.onBehalfOf ? ` (${mandate.onBehalfOf.name})` : '';
	return `${role}, ${mandate.organization.name}${faction}`;
}
