import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { env } from '../../config/env';
import { isRefusedAddress } from './address-ranges';
import { OparlFetchError } from './fetch-error';

/**
 * fetch for council servers that never reaches this machine or its private networks: the host's
 * name is resolved once, every address it resolves to is checked, and the connection goes to the
 * checked address (no second lookup an attacker's DNS could answer differently). Written on
 * undici's connector rather than with `request-filtering-agent`, which guards node:http agents,
 * not fetch. Hosts in OPARL_ALLOW_PRIVATE_HOSTS (test servers, a council system inside the same
 * network) skip the check.
 */
export const guardedFetch: typeof fetch = (input, init) =>
	undiciFetch(input as Parameters<typeof undiciFetch>[0], {
		...(init as Parameters<typeof undiciFetch>[1]),
		dispatcher: agent()
	}) as unknown as Promise<Response>;

let shared: { rules: string; agent: Agent } | undefined;

/**
 * One connection pool for all sources. A pooled connection was checked when it was opened, so
 * the pool is replaced when the allowed private hosts change (tests change them; a server reads
 * them once).
 */
function agent(): Agent {
	const rules = JSON.stringify(env().OPARL_ALLOW_PRIVATE_HOSTS);
	if (shared?.rules === rules) return shared.agent;
	void shared?.agent.close().catch(() => undefined);
	const connect = buildConnector({});
	const created = new Agent({
		connect(options, callback) {
			checkedAddress(options.hostname, options.port, options.protocol).then(
				(address) =>
					connect(
						// `host` keeps the name: TLS (SNI, certificate) and the session cache use it.
						{ ...options, hostname: address },
						callback
					),
				(error: Error) => callback(error, null)
			);
		}
	});
	shared = { rules, agent: created };
	return created;
}

async function checkedAddress(hostname: string, port: string, protocol: string): Promise<string> {
	const name = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	const effectivePort = Number(port) || (protocol === 'https:' ? 443 : 80);
	if (privateHostAllowed(name, effectivePort)) return name;
	const addresses = net.isIP(name)
		? [name]
		: (await lookup(name, { all: true, verbatim: true })).map((entry) => entry.address);
	const refused = addresses.find(isRefusedAddress);
	// One internal address among public ones is refused too: it is how rebinding tricks look.
	if (refused !== undefined || addresses.length === 0) {
		throw new OparlFetchError(
			'blocked_address',
			name,
			`„${name}“ zeigt auf eine interne Adresse (${refused ?? 'keine'}): nicht abgerufen. Ratsinformationssysteme liegen im öffentlichen Netz; interne Hosts erlaubt nur der Betrieb (OPARL_ALLOW_PRIVATE_HOSTS).`
		);
	}
	return addresses[0]!;
}

/** host[:port] entries of OPARL_ALLOW_PRIVATE_HOSTS; an entry without port allows every port. */
export function privateHostAllowed(hostname: string, port: number): boolean {
	return env().OPARL_ALLOW_PRIVATE_HOSTS.some(
		(rule) => rule.host === hostname && (rule.port === null || rule.port === port)
	);
}
