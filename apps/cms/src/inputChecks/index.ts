// Input the API refuses with a 400 and a message rather than storing or crashing on (see plugin.ts).
export { strictInput } from './plugin'
