// Publish → visible: seconds from a publish through the CMS API to the new
// text on the public page, as a visitor fetching the page would see it.
async function staffLogin(cmsUrl, email, password) {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`login failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

export async function measurePublishToVisible({ cmsUrl, webUrl, email, password, slug = 'bias', times = 20 }) {
  const token = await staffLogin(cmsUrl, email, password)
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
  const found = await (await fetch(`${cmsUrl}/api/risks?where[slug][equals]=${slug}&depth=0&locale=en`, { headers })).json()
  const risk = found.docs[0]
  if (!risk) throw new Error(`no risk with slug ${slug}`)
  const original = risk.summary
  const seconds = []
  try {
    for (let i = 0; i < times; i += 1) {
      const text = `${original} (benchmark publish ${i + 1}, ${Date.now().toString(36)})`
      const started = performance.now()
      const saved = await fetch(`${cmsUrl}/api/risks/${risk.id}?locale=en`, { method: 'PATCH', headers, body: JSON.stringify({ summary: text, _status: 'published' }) })
      if (!saved.ok) throw new Error(`publish ${i + 1} failed: ${saved.status} ${await saved.text()}`)
      const answered = performance.now()
      for (;;) {
        const html = await (await fetch(`${webUrl}/en/risks/${slug}`)).text()
        if (html.includes(text)) break
        if (performance.now() - started > 60_000) throw new Error(`publish ${i + 1} not visible after 60 s`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      seconds.push({ total: (performance.now() - started) / 1000, afterCms: (performance.now() - answered) / 1000 })
    }
  } finally {
    await fetch(`${cmsUrl}/api/risks/${risk.id}?locale=en`, { method: 'PATCH', headers, body: JSON.stringify({ summary: original, _status: 'published' }) })
  }
  const totals = seconds.map((s) => s.total).sort((a, b) => a - b)
  const after = seconds.map((s) => s.afterCms).sort((a, b) => a - b)
  const median = (sorted) => (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2)
  const round = (value) => Math.round(value * 1000) / 1000
  return {
    publishes: times,
    medianSeconds: round(median(totals)),
    maxSeconds: round(totals[totals.length - 1]),
    medianAfterCmsAnsweredSeconds: round(median(after)),
    command: `PATCH ${cmsUrl}/api/risks/<id> {summary, _status: "published"} then poll GET ${webUrl}/en/risks/${slug} every 20 ms (${times} times)`,
  }
}
