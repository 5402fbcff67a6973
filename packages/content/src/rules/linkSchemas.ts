import { z } from 'zod'

/*
 * Address fields in the public schemas. They name their rule (the contract
 * test checks the CMS field applies exactly that rule) but read any text: a
 * stored address the rule refuses (saved before the rule was this strict, or
 * written around the CMS) is shown by the renderers as plain text, which is
 * better for a reader than one bad link taking down every page that shows it.
 */

/** A link address (the menu; links in rich text follow the same rule). */
export const linkSchema = z.string().meta({ rule: 'link' })

/** An https address field (sources, watch and embed addresses, citation links). */
export const httpsUrlSchema = z.string().meta({ rule: 'https-url' })
