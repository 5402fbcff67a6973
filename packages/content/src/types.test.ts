/**
 * Compile-time checks of the client's types (run by `tsc`); the one runtime
 * test only keeps jest from complaining about an empty file.
 */
import type { ContentClient, ListResult } from './client'
import type { BuildingBlock, Citation, Home, Media, Risk, Site } from './schemas'

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const expectType = <T extends true>(): T | undefined => undefined

export const typeChecks = async (client: ContentClient) => {
  const risks = await client.list('risks', { locale: 'fr' })
  expectType<Equal<typeof risks, ListResult<Risk>>>()

  const block = await client.bySlug('building-blocks', 'red-lines')
  expectType<Equal<typeof block, BuildingBlock>>()

  const citation = await client.byId('citations', 3)
  expectType<Equal<typeof citation, Citation>>()

  const media = await client.list('media', { where: { public: { equals: true } } })
  expectType<Equal<(typeof media.docs)[number], Media>>()

  const home = await client.global('home')
  expectType<Equal<typeof home, Home>>()
  expectType<Equal<Awaited<ReturnType<typeof client.global<'site'>>>, Site>>()

  const lean = await client.list('building-blocks', { select: { title: true, slug: true, seo: { title: true } } })
  const first = lean.docs[0]!
  expectType<Equal<typeof first.id, number>>()
  expectType<Equal<typeof first.title, string>>()
  expectType<Equal<keyof typeof first, 'id' | 'title' | 'slug' | 'seo'>>()

  // @ts-expect-error users are never public
  await client.list('users')
  // @ts-expect-error not a locale of the CMS
  await client.global('home', { locale: 'de' })
  // @ts-expect-error not a field of risks
  await client.list('risks', { select: { sdgs: true } })
}

it('has compile-time checks', () => {
  expect(typeof typeChecks).toBe('function')
})
