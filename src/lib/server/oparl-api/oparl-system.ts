import { instanceConfig } from '../instance/instance-config';
import { publicOrigin } from '../auth/public-origin';
import { OPARL_LICENSE, type OparlJson } from './oparl-object';
import { bodiesUrl, oparlType, systemUrl } from './oparl-urls';

/** The entry point (`/oparl/v1/system`): who serves, under which licence, and the bodies. */
export function oparlSystem(): OparlJson {
	const config = instanceConfig();
	return {
		id: systemUrl(),
		type: oparlType('System'),
		oparlVersion: 'https://schema.oparl.org/1.1/',
		license: OPARL_LICENSE,
		body: bodiesUrl(),
		name: config.networkName,
		website: `${publicOrigin()}/`,
		web: `${publicOrigin()}/`
	};
}
