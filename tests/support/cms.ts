// Talks to the CMS started by global-setup over plain HTTP, as any client would.
export const cmsUrl = (): string => {
  const url = process.env.CMS_URL
  if (!url) throw new Error('CMS_URL is not set: run these tests through jest so that global-setup starts the CMS.')
  return url
}

export type ApiResponse<T = any> = { status: number; body: T }

export async function api<T = any>(
  path: string,
  { method = 'GET', token, body, headers = {} }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${cmsUrl()}${path}`, {
    method,
    headers: {
      ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: parsed as T }
}

export async function login(email: string, password: string): Promise<string> {
  const { status, body } = await api('/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200 || !body?.token) throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

export const adminToken = () => login(process.env.TEST_ADMIN_EMAIL!, process.env.TEST_ADMIN_PASSWORD!)

let counter = 0
/** Creates a staff member with the given role (as the seeded admin) and returns a token for them. */
export async function staffToken(
  role: 'admin' | 'editor' | 'contributor' | 'translator',
  { languages }: { languages?: string[] } = {},
): Promise<{ token: string; id: number; email: string; password: string }> {
  const admin = await adminToken()
  counter += 1
  const email = `${role}-${Date.now().toString(36)}-${counter}@example.test`
  const password = `pw-${Math.random().toString(36).slice(2)}-${counter}`
  const created = await api('/api/users', { method: 'POST', token: admin, body: { email, password, name: `Test ${role}`, role, ...(languages ? { languages } : {}) } })
  if (created.status !== 201) throw new Error(`could not create ${role}: ${created.status} ${JSON.stringify(created.body)}`)
  return { token: await login(email, password), id: created.body.doc.id, email, password }
}

/** Field paths Payload names in a ValidationError answer. */
export const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries(
    (body?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? []).map((field: any) => [field.path, field.message])),
  )

export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/**
 * Documents a test file makes in the shared database. Call `removeAll` in its
 * afterAll, so files that count the seeded content still see only the seed.
 */
export function madeHere() {
  const made: Array<{ collection: string; id: number }> = []
  return {
    add: <T extends { id: number }>(collection: string, doc: T): T => {
      made.push({ collection, id: doc.id })
      return doc
    },
    removeAll: async () => {
      const token = await adminToken()
      // overrideLock: a browser test may leave an editor's lock on the document.
      for (const { collection, id } of made.splice(0)) {
        const answer = await api(`/api/${collection}/${id}?overrideLock=true`, { method: 'DELETE', token })
        if (answer.status !== 200) throw new Error(`could not remove ${collection} ${id}: ${answer.status} ${JSON.stringify(answer.body)}`)
      }
    },
  }
}
