import { hostname, networkInterfaces } from 'node:os';

/** Names of this machine's loopback interface, as they appear in a Host header. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** Addresses that bind every interface. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The host names a server bound to `address` answers for (its Host header
 * must name one, which defeats DNS rebinding): loopback names on loopback,
 * the address itself elsewhere, every interface's address and the machine's
 * name on a wildcard address, plus names configured by the user.
 */
export function allowedHosts(address: string, configured: readonly string[] = []): string[] {
  const own = hostName(address);
  const names = LOOPBACK_HOSTS.includes(own ?? '') ? [...LOOPBACK_HOSTS] : WILDCARD.has(address) ? [...LOOPBACK_HOSTS, ...interfaceAddresses(), hostname()] : [own ?? address];
  for (const name of configured) {
    const host = hostName(name.trim());
    if (host) names.push(host);
  }
  return [...new Set(names.map((name) => name.toLowerCase()))];
}

/**
 * The name in a Host header or address, without its port, lower-cased, IPv6
 * in brackets: "LocalHost:4300" → "localhost", "[::1]:80" and "::1" → "[::1]";
 * null when there is none.
 */
export function hostName(host: string): string | null {
  const value = host.trim().toLowerCase();
  if (!value) return null;
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end > 1 ? value.slice(0, end + 1) : null;
  }
  // Two colons or more: a bare IPv6 address (a Host header has brackets; a bind address may not).
  if (value.indexOf(':') !== value.lastIndexOf(':')) return `[${value}]`;
  const name = value.split(':')[0]!.replace(/\.$/, '');
  return name || null;
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => (entry.family === 'IPv6' ? `[${entry.address.split('%')[0]}]` : entry.address)));
}
