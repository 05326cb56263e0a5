import net from 'node:net';

/**
 * Address ranges a council server never lives in: this machine, the private networks around it
 * and the cloud's metadata service (169.254.169.254). A System URL or a URL in a server's JSON
 * that resolves into one of them would let the board (or a hostile council server) make the
 * platform read internal services, so such addresses are refused unless the operator allowed the
 * host (OPARL_ALLOW_PRIVATE_HOSTS).
 */
const refused = new net.BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8], // "this network", unspecified
	['10.0.0.0', 8],
	['100.64.0.0', 10], // carrier-grade NAT
	['127.0.0.0', 8],
	['169.254.0.0', 16], // link-local, cloud metadata
	['172.16.0.0', 12],
	['192.0.0.0', 24], // IETF protocol assignments
	['192.168.0.0', 16],
	['198.18.0.0', 15], // benchmarking
	['224.0.0.0', 4], // multicast
	['240.0.0.0', 4] // reserved, broadcast
] as const) {
	refused.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
	['::', 128], // unspecified
	['::1', 128],
	['fc00::', 7], // unique local
	['fe80::', 10], // link-local
	['ff00::', 8] // multicast
] as const) {
	refused.addSubnet(network, prefix, 'ipv6');
}

/** True for an IPv4/IPv6 address in a range that is refused; false for public addresses. */
export function isRefusedAddress(address: string): boolean {
	const bare = address.replace(/^\[|\]$/g, '');
	const family = net.isIP(bare);
	if (family === 4) return refused.check(bare, 'ipv4');
	if (family !== 6) return true;
	// IPv4 inside IPv6 (::ffff:127.0.0.1, NAT64 64:ff9b::a00:1) reaches the IPv4 address.
	const embedded = embeddedIpv4(bare);
	if (embedded) return refused.check(embedded, 'ipv4');
	return refused.check(bare, 'ipv6');
}

function embeddedIpv4(address: string): string | null {
	const lower = address.toLowerCase();
	const match =
		/^(?:::ffff:(?:0:)?|64:ff9b::|::)((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}:[0-9a-f]{1,4})$/.exec(
			lower
		);
	if (!match) return null;
	const tail = match[1]!;
	if (tail.includes('.')) return tail;
	const [high, low] = tail.split(':').map((part) => parseInt(part, 16)) as [number, number];
	return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
