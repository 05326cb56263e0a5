import { rmSync } from 'node:fs';
import { e2e } from './environment';

/** Removes the run's saved sign-ins; the instances remove their own data when they stop. */
export default function globalTeardown(): void {
	if (process.env.E2E_KEEP_DATA === '1') return;
	rmSync(e2e().stateDir, { recursive: true, force: true });
}
