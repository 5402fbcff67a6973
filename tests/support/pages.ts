// The public site's page types, shared by the browser tests.
export { locales } from '@global-ai-governance/content'

export const pageTypes: Record<string, string> = {
  home: '',
  'building blocks': '/building-blocks',
  'a building block': '/building-blocks/red-lines',
  risks: '/risks',
  'a risk': '/risks/bias',
  benefits: '/benefits',
  'a benefit': '/benefits/health',
  matrix: '/matrix',
  media: '/media',
  'a film': '/media/can-diplomats-save-the-world-again',
  'a podcast': '/media/prohuman-governing-the-global-ai-revolution',
  references: '/references',
  contact: '/contact',
}

/** The current-efforts tracker's pages. */
export const trackerPageTypes: Record<string, string> = {
  'current efforts': '/initiatives',
  'current efforts, filtered, with a bad value': '/initiatives?status=in-force&from=2024&actor=oecd&block=no-such-block&to=abc',
  'current efforts, all on one page': '/initiatives?all=1&sort=name',
  timeline: '/timeline',
  'an initiative': '/initiatives/eu-ai-act',
  'a treaty with an identifier': '/initiatives/council-of-europe-framework-convention-on-ai',
  actors: '/actors',
  'an actor': '/actors/oecd',
  'open data': '/data',
}

export const webUrl = (): string => {
  const url = process.env.WEB_URL
  if (!url) throw new Error('WEB_URL is not set: run these tests through jest so that global-setup starts the web app.')
  return url
}

export const isLoopback = (address: string): boolean => {
  const { hostname, protocol } = new URL(address)
  return protocol === 'data:' || protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
}
