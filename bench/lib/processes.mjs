// The resident memory of the servers under measurement, found by the port they
// listen on, over their whole process group (next start and its next-server).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import processes from '../../scripts/lib/processes.cjs'

const { pidListeningOn, processGroupOf: groupOf } = processes

function residentKiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0 // exited between listing and reading
  }
}

function groupResidentKiB(pgid) {
  const pids = execFileSync('ps', ['-o', 'pid=', '-g', String(pgid)], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean)
  return pids.reduce((sum, pid) => sum + residentKiB(Number(pid)), 0)
}

/** Samples the resident memory of the servers on `ports` every `everyMs` until stopped; peaks in MiB. */
export function sampleMemory(ports, everyMs = 250) {
  const groups = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, groupOf(pidListeningOn(port))]))
  const peaks = Object.fromEntries(Object.keys(ports).map((name) => [name, 0]))
  const start = Object.fromEntries(Object.entries(groups).map(([name, pgid]) => [name, groupResidentKiB(pgid)]))
  const timer = setInterval(() => {
    for (const [name, pgid] of Object.entries(groups)) peaks[name] = Math.max(peaks[name], groupResidentKiB(pgid))
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      const mib = (kib) => Math.round(kib / 102.4) / 10
      return Object.fromEntries(Object.keys(ports).map((name) => [name, { startMiB: mib(start[name]), peakMiB: mib(Math.max(peaks[name], start[name])) }]))
    },
  }
}
