/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify alone is
 * not enough inside HTML: a string containing `</script>` would end the element. `<`,
 * `>` and `&` become \u escapes (still the same JSON), and so do U+2028/U+2029.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data)
  if (json === undefined) throw new TypeError('serializeJsonLd: the value is not serialisable as JSON')
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
