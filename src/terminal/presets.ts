// Starting points for the playground: the commands (run unseen) and files that make each state.
export const PRESETS = {
	empty: { files: {}, commands: [] as string[] },
	pull: { files: {}, commands: ['docker pull nginx'] },
	build: {
		files: {
			Dockerfile: 'FROM nginx:alpine\nCOPY index.html /usr/share/nginx/html/index.html\nEXPOSE 80\n',
			'index.html': '<h1>Hello from my image</h1>\n',
		},
		commands: ['docker build -t myapp .'],
	},
	// Files only: the reader's own `docker compose up` is the first thing this machine does.
	compose: {
		files: {
			'compose.yaml':
				'services:\n  web:\n    image: nginx:alpine\n    ports:\n      - "8080:80"\n    depends_on:\n      - cache\n  cache:\n    image: redis:7-alpine\n    volumes:\n      - cache-data:/data\n\nvolumes:\n  cache-data:\n',
		},
		commands: [] as string[],
	},
} as const;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
