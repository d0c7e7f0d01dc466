/**
 * Whether a host name names this computer only (a loopback address): a phone in the room that
 * scans a link to it opens its own « localhost », not the atlas.
 */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host === '::1' ||
		host === '0.0.0.0' ||
		/^127(\.\d{1,3}){3}$/.test(host)
	);
}
