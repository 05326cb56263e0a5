import { absoluteUrl } from '../auth/public-origin';
import { instanceConfig } from '../instance/instance-config';
import {
	formatDay,
	INITIATIVE_TYPE_LABELS,
	PROPOSAL_STATUS_LABELS,
	type InitiativeType,
	type ProposalStatus
} from '../../shared/landtag';

function signature(why: string): string {
	return ['', '-- ', why, '', instanceConfig().networkName].join('\n');
}

export function feedbackRequestMail(initiative: {
	id: string;
	type: InitiativeType;
	title: string;
	feedbackQuestion: string;
	feedbackDeadline: string;
}): { subject: string; text: string } {
	const kind = INITIATIVE_TYPE_LABELS[initiative.type];
	return {
		subject: `Rückmeldung bis ${formatDay(initiative.feedbackDeadline)}: ${initiative.title}`,
		text: [
			`Die Landtagsfraktion bittet um Rückmeldung aus den Kommunen zu ihrer Initiative (${kind}) „${initiative.title}“:`,
			'',
			initiative.feedbackQuestion,
			'',
			`Antworten Sie für Ihre Fraktion bis zum ${formatDay(initiative.feedbackDeadline)}: ${absoluteUrl(`/landtag/initiativen/${initiative.id}`)}`,
			signature('Sie erhalten diese Mail, weil Sie eine Fraktion im Netzwerk verantworten.')
		].join('\n')
	};
}

export function newProposalMail(proposal: {
	id: string;
	title: string;
	description: string;
	factionLabel: string;
}): { subject: string; text: string } {
	return {
		subject: `Neuer Themenvorschlag: ${proposal.title}`,
		text: [
			`${proposal.factionLabel} schlägt der Landtagsfraktion ein Thema vor: „${proposal.title}“`,
			'',
			proposal.description,
			'',
			`Zum Vorschlag (dort setzen Sie den Stand und antworten): ${absoluteUrl(`/landtag/vorschlaege/${proposal.id}`)}`,
			signature('Sie erhalten diese Mail, weil Sie zur Landtagsfraktion gehören.')
		].join('\n')
	};
}

export function proposalStatusMail(proposal: {
	id: string;
	title: string;
	status: ProposalStatus;
	reply: string | null;
}): { subject: string; text: string } {
	const status = PROPOSAL_STATUS_LABELS[proposal.status];
	return {
		subject: `Ihr Themenvorschlag ist jetzt „${status}“: ${proposal.title}`,
		text: [
			`Die Landtagsfraktion hat den Stand Ihres Themenvorschlags „${proposal.title}“ geändert: ${status}.`,
			...(proposal.reply ? ['', 'Ihre Antwort:', '', proposal.reply] : []),
			'',
			`Zum Vorschlag: ${absoluteUrl(`/landtag/vorschlaege/${proposal.id}`)}`,
			signature('Sie erhalten diese Mail, weil Sie diesen Vorschlag gemacht haben.')
		].join('\n')
	};
}
