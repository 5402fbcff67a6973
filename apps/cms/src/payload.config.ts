import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defaultLocale, documentPageCollections, localeDefinitions, pageGlobals } from '@global-ai-governance/content'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { canPublish, isStaff } from './access/roles'
import { Actors } from './collections/Actors'
import { Benefits } from './collections/Benefits'
import { BuildingBlocks } from './collections/BuildingBlocks'
import { Citations } from './collections/Citations'
import { Media } from './collections/Media'
import { MediaEntries } from './collections/MediaEntries'
import { Risks } from './collections/Risks'
import { Users } from './collections/Users'
import { Initiatives } from './collections/Initiatives'
import { healthEndpoint } from './endpoints/health'
import { searchEndpoint } from './endpoints/search'
import { updatesEndpoint } from './endpoints/updates'
import { Home } from './globals/Home'
import { richTextEditor } from './fields/richText'
import { Site } from './globals/Site'
import { validateBeforePayload } from './graphql/validation'
import { cachePurge, databasePoolMax, databaseUrl, jobsAutoRun, payloadSecret, trustedOrigins } from './lib/environment'
import { mediaBucket } from './lib/mediaBucket'
import { ensureMediaBucket, mediaStoragePlugin } from './lib/mediaStorage'
import { ensurePreviewUserFromEnvironment } from './lib/previewUser'
import { strictInput } from './inputChecks'
import { migrations } from './migrations'
import { livePreviewBreakpoints } from './preview'
import { translationStatus } from './translation/plugin'
import { revertLocale } from './translation/revertLocale'
import { editedCollections } from './components/editedDocuments'
import { contributorsDiscardOwnDrafts } from './access/ownDrafts'
import { translatorAccess } from './access/translators'

// What staff edit (components/editedDocuments.ts), and of it the pages of the site with texts shown in six languages.
const editedSlugs = editedCollections.map(({ slug }) => slug)
const translatedCollections = editedCollections.filter(({ translated }) => translated).map(({ slug }) => slug)

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    // The admin must work without internet: no gravatar requests.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' · Global AI Governance' },
    components: { beforeDashboard: ['/components/ReviewQueue#ReviewQueue', '/components/NeedsTranslation#NeedsTranslation'] },
    livePreview: {
      breakpoints: livePreviewBreakpoints,
      collections: [...documentPageCollections],
      globals: [...pageGlobals],
    },
  },
  collections: [BuildingBlocks, Risks, Benefits, Initiatives, Actors, Citations, MediaEntries, Media, Users],
  globals: [Home, Site],
  // The admin in the six UN languages, each staff member choosing theirs (Account → Language).
  i18n: { supportedLanguages: { en, fr, es, ar, zh, ru }, fallbackLanguage: 'en' },
  localization: {
    locales: localeDefinitions.map(({ code, label, direction }) => ({ code, label, rtl: direction === 'rtl' })),
    defaultLocale,
    fallback: true,
    // The admin's Publish publishes the language being edited ("Publish in French"); other
    // languages' pending drafts stay drafts. "Publish all locales" is in the button's menu.
    defaultLocalePublishOption: 'active',
  },
  // Payload's editor, but links may not carry javascript:, data: or other script-running addresses.
  editor: richTextEditor(),
  secret: payloadSecret(),
  // A query on a field that cannot be queried is the client's mistake (400): one info line, no stack.
  // A translator saving outside their languages is told why (403); an operator needs no stack for it.
  loggingLevels: { QueryError: 'info', ...({ TranslatorRefusal: 'info' } as Record<string, 'info'>) },
  db: postgresAdapter({
    pool: { connectionString: databaseUrl(), max: databasePoolMax() },
    // Schema changes ship as committed migrations; never push in dev mode.
    push: false,
    migrationDir: process.env.PAYLOAD_MIGRATION_DIR ?? path.resolve(dirname, 'migrations'),
    // Containers apply pending migrations as they start (see docker-compose.yml).
    prodMigrations: process.env.MIGRATE_ON_START === 'true' ? migrations : undefined,
  }),
  endpoints: [healthEndpoint, searchEndpoint, updatesEndpoint],
  // Type checks on every field, object bodies, and a 400 (not a 500) for input the database refuses.
  // Each document says which of its texts show English in each language (translation/plugin.ts).
  plugins: [
    // Uploads in an S3 bucket when S3_BUCKET is set (several CMS instances), on disk otherwise.
    mediaStoragePlugin(),
    translationStatus({ collections: translatedCollections, globals: [...pageGlobals] }),
    revertLocale({ collections: editedSlugs, globals: [...pageGlobals] }),
    contributorsDiscardOwnDrafts({ collections: editedSlugs }),
    // After the rules above: translators stay refused whatever they allow.
    translatorAccess({ collections: editedSlugs, globals: [...pageGlobals] }),
    strictInput(),
  ],
  cors: trustedOrigins(),
  csrf: trustedOrigins(),
  sharp,
  telemetry: false,
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  jobs: {
    // Scheduled publishing runs inside the CMS process, unless JOBS_AUTORUN=false leaves it to
    // the one worker (several instances). JOBS_AUTORUN_CRON may check more often (croner syntax;
    // six fields count seconds).
    autoRun: jobsAutoRun() ? [{ cron: process.env.JOBS_AUTORUN_CRON || '* * * * *', queue: 'default', limit: 20 }] : [],
    // Payload lets any signed-in user queue, run and cancel jobs; here only those who may publish
    // schedule or cancel, and the preview key does nothing.
    access: {
      queue: ({ req }) => canPublish(req.user),
      cancel: ({ req }) => canPublish(req.user),
      run: ({ req }) => isStaff(req.user),
    },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // GraphQL's own validation first (no schema suggestions for the public); see graphql/validation.ts.
  graphQL: { disablePlaygroundInProduction: true, validationRules: validateBeforePayload },
  // The public site's preview key (PREVIEW_API_KEY) needs its read-only user.
  onInit: async (payload) => {
    // A mistyped cache-node list stops the start, not every later publish's purge.
    cachePurge()
    const bucket = mediaBucket()
    if (bucket) await ensureMediaBucket(bucket, payload.logger)
    await ensurePreviewUserFromEnvironment(payload).catch((error: unknown) =>
      payload.logger.error(`Could not set up the preview user: ${error instanceof Error ? error.message : String(error)}`),
    )
  },
})
