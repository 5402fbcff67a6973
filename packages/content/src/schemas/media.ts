import { z } from 'zod'

import { idSchema, text, timestampSchema } from './common'

/** One generated image size. Every key is null for files that are not images. */
export const mediaSizeSchema = z.object({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  filename: z.string().nullish(),
})

/** An uploaded file (`media`). Not drafted; anonymous readers only see files marked public. */
export const mediaSchema = z.object({
  id: idSchema,
  alt: text('line').nullish(),
  caption: text('caption').nullish(),
  credit: text('name').nullish(),
  public: z.boolean().nullish(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** `/api/media/file/<name>`, on local disk and in a bucket alike (the CMS serves both, with its access rules). */
  url: z.string().nullish(),
  thumbnailURL: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  /** Where the file sits in the bucket (Payload's storage plugin); empty for files at its root and on disk. */
  prefix: z.string().nullish(),
  _objectKey: z.string().nullish(),
  sizes: z
    .object({
      thumbnail: mediaSizeSchema.nullish(),
      card: mediaSizeSchema.nullish(),
      wide: mediaSizeSchema.nullish(),
      og: mediaSizeSchema.nullish(),
    })
    .nullish(),
})

export type Media = z.infer<typeof mediaSchema>
export type MediaSize = z.infer<typeof mediaSizeSchema>
