import { createHash, timingSafeEqual } from 'node:crypto'

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Compares hashes of both, so the lengths match and the time taken says nothing about the secret. */
export const secretsMatch = (given: string, expected: string): boolean => timingSafeEqual(sha256(given), sha256(expected))
