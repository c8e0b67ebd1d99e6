/**
 * The addresses to open the app at, printed when the server starts: the local one, and the
 * machine's LAN addresses for the students' phones on the same Wi-Fi.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** `http://…:port/` for this host, local first; `host` is what the server listens on. */
export function addressesToOpen(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): { readonly local: string; readonly network: readonly string[] } {
  const everywhere = host === '0.0.0.0' || host === '::' || host === '';
  const url = (address: string) =>
    `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  if (!everywhere) {
    const loopback = host === 'localhost' || host.startsWith('127.') || host === '::1';
    return { local: url(loopback ? 'localhost' : host), network: loopback ? [] : [url(host)] };
  }
  const network = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => !info.internal && info.family === 'IPv4')
    .map((info) => url(info.address));
  return { local: url('localhost'), network };
}
