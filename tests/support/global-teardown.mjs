export default async function globalTeardown() {
  await globalThis.__SYSTEM__?.stop()
}
