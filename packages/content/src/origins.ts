const loopbackTwins: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }

/**
 * localhost and 127.0.0.1 are one machine and two origins to a browser (two sites, too,
 * for its cookies). The same address under the other loopback name, or null when the
 * address is not on loopback. An admin opened at either must work with the site at either.
 */
export function loopbackTwin(address: string): string | null {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  const twin = loopbackTwins[url.hostname]
  if (!twin) return null
  url.hostname = twin
  return address.endsWith('/') ? url.toString() : url.toString().replace(/\/$/, '')
}
