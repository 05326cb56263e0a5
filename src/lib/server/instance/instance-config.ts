import { env } from '../config/env';
import type { StateCode } from '../territory/state-data';
import { mv } from './states/mv';
import type { InstanceConfig } from './types';

export type { InstanceConfig } from './types';

const INSTANCES: Record<StateCode, InstanceConfig> = { mv };

/** The configuration of the state this instance runs for (`STATE`). */
export function instanceConfig(state: StateCode = env().STATE): InstanceConfig {
	return INSTANCES[state];
}
