import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossaryLoader } from './glossary/loader';

/** `{ en, ko }`: every glossary field exists in both languages. */
const bilingual = <T extends z.ZodType>(t: T) => z.object({ en: t, ko: t }).strict();

// Every collection and its schema: the whole data contract in one file.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// One concept per src/content/glossary/<id>.yaml. The loader checks each file first
	// (src/glossary/validate.ts) so a bad entry fails the build as `file:line: message`.
	glossary: defineCollection({
		loader: glossaryLoader(),
		schema: z
			.object({
				term: bilingual(z.string().min(1)),
				aliases: bilingual(z.array(z.string().min(1))),
				short: bilingual(z.string().min(1)),
				definition: bilingual(z.string().min(1)),
				pages: z.array(z.string()),
				related: z.array(z.string()),
			})
			.strict(),
	}),
};
