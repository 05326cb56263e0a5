import { z } from 'zod';
import { PERSON_MATCH_STATUSES, type PersonMatchStatus } from '$lib/shared/oparl';

const uuid = z.string().uuid('Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.');

export const matchDecisionInput = z.object({
	matchId: uuid,
	/** Only echoed back in the confirmation message. */
	name: z.string().max(300).optional().default('')
});

export const bodyMatchInput = z.object({
	oparlBodyId: uuid,
	directoryBodyId: z.union([z.literal(''), uuid]).default('')
});

export const organizationMatchInput = z.object({
	oparlOrganizationId: uuid,
	directoryOrganizationId: z.union([z.literal(''), uuid]).default('')
});

export const organizationCreateInput = z.object({ oparlOrganizationId: uuid });

/** German words in the address, the service's words inside. */
export const STATUS_PARAMS: Record<PersonMatchStatus, string> = {
	suggested: '',
	confirmed: 'bestaetigt',
	rejected: 'abgelehnt'
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function matchFilterOf(params: URLSearchParams) {
	const stand = params.get('stand') ?? '';
	const status =
		PERSON_MATCH_STATUSES.find((candidate) => STATUS_PARAMS[candidate] === stand) ?? 'suggested';
	const body = params.get('koerperschaft') ?? '';
	return {
		status,
		bodyId: UUID.test(body) ? body : null,
		query: (params.get('name') ?? '').trim().slice(0, 100) || null,
		page: Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1)
	};
}
