/** Why a follow could not be changed, in German for the page. */
export class FollowError extends Error {
	constructor(
		readonly code: 'body_not_found' | 'organization_not_found',
		message: string
	) {
		super(message);
		this.name = 'FollowError';
	}
}

export const BODY_NOT_FOUND = 'Diese Vertretung gibt es im Ratsinfo nicht.';
