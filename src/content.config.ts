import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossaryLoader } from './glossary/loader';
import { uiSchema } from './i18n/ui';
import { glossarySchema } from './glossary/validate';
import type { Timeline } from './sim/session/load';
import { yamlLoader } from './loaders/astro';
import { readSessions, SESSIONS_DIR, sessionSchema } from './loaders/sessions';
import { CHALLENGES_DIR, readChallenges, type Challenge } from './loaders/challenges';
import { mapRowSchema, readSourceMap, readSources, SOURCE_MAP_DIR, sourceSchema } from './loaders/source-map';

// Every collection and its schema: the whole data contract in one file. The YAML collections
// go through one loader helper (src/loaders): `yaml` with node ranges, then zod, and every
// problem stops the build as `file:line: message`.
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight's strings and Dockside's own (`dockside.*`), required in both languages.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiSchema }) }),
	// One concept per src/content/glossary/<id>.yaml.
	glossary: defineCollection({ loader: glossaryLoader(), schema: glossarySchema }),
	// One scripted session per src/content/sessions/<id>.yaml, stored with its timelines: every
	// step run through the simulator at each width the widget renders.
	sessions: defineCollection({
		loader: yamlLoader({ name: 'dockside-sessions', dir: SESSIONS_DIR, noun: 'sessions', read: readSessions }),
		schema: sessionSchema.pick({ title: true, host: true }).extend({
			// The simulator's plain-data output, computed by the loader from the checked file.
			timelines: z.record(
				z.string(),
				z.custom<Timeline>((v) => typeof v === 'object' && v !== null && Array.isArray((v as Timeline).steps)),
			),
		}),
	}),
	// Challenges per walkthrough session (src/content/challenges/<session>.yaml), each proved
	// against the simulator by its loader: the reference solution passes, the wrong attempt fails.
	challenges: defineCollection({
		loader: yamlLoader({ name: 'dockside-challenges', dir: CHALLENGES_DIR, noun: 'challenge files', read: readChallenges }),
		schema: z.object({ session: z.string(), challenges: z.array(z.custom<Challenge>((v) => typeof v === 'object' && v !== null && typeof (v as Challenge).id === 'string')) }),
	}),
	// The five source articles (sources.yaml) and where each section went (part-*.yaml).
	sources: defineCollection({
		loader: yamlLoader({ name: 'dockside-sources', dir: SOURCE_MAP_DIR, noun: 'source articles', read: readSources }),
		schema: sourceSchema,
	}),
	sourceMap: defineCollection({
		loader: yamlLoader({ name: 'dockside-source-map', dir: SOURCE_MAP_DIR, noun: 'source map rows', read: readSourceMap }),
		schema: mapRowSchema.extend({ part: z.string() }),
	}),
};
